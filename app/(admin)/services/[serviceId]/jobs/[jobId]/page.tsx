import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/expected-errors";
import { AutoRefresh } from "@/components/layout/auto-refresh";
import { Alert } from "@/components/uswds/alert";
import { Pagination } from "@/components/uswds/pagination";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { statusLabel } from "@/lib/domain/notifications/status-labels";
import type { NotificationStatusName } from "@/lib/domain/notifications/status";
import { getJob } from "@/lib/services/bulk/uploads";
import { canDownloadRecipientReports } from "@/lib/services/reports/report-downloads";
import { cancelJobAction } from "../actions";
import { JOB_STATUS_LABELS, jobTotals } from "../_job-labels";

export const metadata: Metadata = { title: "Spreadsheet job" };

const FILTERS: Record<string, { label: string; statuses?: NotificationStatusName[] }> = {
  all: { label: "All" },
  sending: { label: "Sending", statuses: ["created", "sending", "pending"] },
  delivered: { label: "Delivered", statuses: ["delivered", "sent"] },
  failed: { label: "Failed", statuses: ["temporary-failure", "permanent-failure", "technical-failure", "failed", "validation-failed"] },
};

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string; jobId: string }>; searchParams: Promise<{ status?: string; page?: string; cancelled?: string; notCancelled?: string }> }) {
  const { serviceId, jobId } = await params;
  const query = await searchParams;
  const filterKey = query.status && query.status in FILTERS ? query.status : "all";
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const { user } = await requireServicePage(serviceId, "view_activity");
  const [data, canDownloadRecipients] = await orNotFound(Promise.all([getJob({ actor: user, serviceId, jobId, statuses: FILTERS[filterKey]?.statuses, page }), canDownloadRecipientReports({ actor: user, serviceId })]));
  const { job } = data;
  const totals = jobTotals(job);
  const stillGoing = ["pending", "in_progress"].includes(job.jobStatus) || (job.jobStatus === "finished" && totals.sending > 0);
  const base = `/services/${serviceId}/jobs/${jobId}`;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <div>
      <AutoRefresh active={stillGoing} />
      {query.cancelled ? <Alert type="success" heading="Job cancelled" /> : null}
      {query.notCancelled ? <Alert type="error" heading="This job can no longer be cancelled" /> : null}
      <h1 className="margin-top-0">{job.originalFileName}</h1>
      <p>
        ‘
        <Link className="usa-link" href={`/services/${serviceId}/templates/${job.templateId}`}>
          {job.templateName}
        </Link>
        ’ · {job.notificationCount.toLocaleString("en-US")} {job.notificationCount === 1 ? "recipient" : "recipients"} · uploaded by {job.createdByName ?? "the API"} on {formatDisplayTime(job.createdAt)}
        {job.scheduledFor ? ` · scheduled for ${formatDisplayTime(job.scheduledFor)}` : ""}
      </p>
      <div aria-live="polite" aria-atomic="true">
        <p className="text-bold" data-testid="job-status">
          {JOB_STATUS_LABELS[job.jobStatus]}
        </p>
        <ul className="usa-list usa-list--unstyled display-flex flex-wrap" data-testid="job-counts">
          <li className="margin-right-4">
            <span className="font-sans-lg text-bold">{totals.sending}</span> sending
          </li>
          <li className="margin-right-4">
            <span className="font-sans-lg text-bold">{totals.delivered}</span> delivered
          </li>
          <li className="margin-right-4">
            <span className="font-sans-lg text-bold">{totals.failed}</span> failed
          </li>
          {totals.cancelled ? (
            <li>
              <span className="font-sans-lg text-bold">{totals.cancelled}</span> cancelled
            </li>
          ) : null}
        </ul>
      </div>
      {stillGoing ? (
        <p>
          <Link className="usa-link" href={base}>
            Refresh
          </Link>{" "}
          <span className="usa-hint">(this page updates by itself every few seconds)</span>
        </p>
      ) : null}
      {data.canCancel && ["scheduled", "pending", "in_progress"].includes(job.jobStatus) ? (
        <form action={cancelJobAction.bind(null, serviceId, jobId)}>
          <button className="usa-button usa-button--secondary" type="submit">
            Cancel sending
          </button>
        </form>
      ) : null}
      <ul className="usa-list usa-list--unstyled" aria-label="Download">
        {canDownloadRecipients ? (
          <li>
            <a className="usa-link" href={`${base}/report.csv`} download>
              Download a report of every row (CSV)
            </a>
          </li>
        ) : null}
        <li>
          <a className="usa-link" href={`${base}/counts.csv`} download>
            Download counts by day and status, without recipients (CSV)
          </a>
        </li>
      </ul>
      {canDownloadRecipients ? null : <p className="usa-hint">Your team can download counts only for this service, not reports with phone numbers or email addresses.</p>}
      <nav aria-label="Filter messages" className="margin-y-2">
        <ul className="usa-button-group usa-button-group--segmented">
          {Object.entries(FILTERS).map(([key, filter]) => (
            <li key={key} className="usa-button-group__item">
              <Link className={`usa-button ${key === filterKey ? "" : "usa-button--outline"}`} href={`${base}?status=${key}`} aria-current={key === filterKey ? "page" : undefined}>
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Table
        caption={`${FILTERS[filterKey]?.label} messages (${data.total.toLocaleString("en-US")})`}
        rows={data.rows}
        rowKey={(row) => row.id}
        emptyText="No messages with this status."
        columns={[
          { header: "Row", cell: (row) => (row.jobRowNumber ?? 0) + 2 },
          {
            header: "Recipient",
            isRowHeader: true,
            cell: (row) => (
              <Link className="usa-link" href={`/services/${serviceId}/notification/${row.id}`}>
                {row.to}
              </Link>
            ),
          },
          { header: "Status", cell: (row) => statusLabel(row.status, job.templateType, { providerResponse: row.providerResponse }) },
          { header: "Updated", cell: (row) => formatDisplayTime(row.updatedAt ?? row.createdAt) },
        ]}
      />
      <Pagination currentPage={page} totalPages={pages} hrefForPage={(n) => `${base}?status=${filterKey}&page=${n}`} />
    </div>
  );
}
