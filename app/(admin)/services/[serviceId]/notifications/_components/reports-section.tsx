// "Download a report" on the message list: the request form and the service's reports, with when
// each will be deleted. While one is being prepared the page refreshes itself (or offers a link).
import Link from "next/link";
import { AutoRefresh } from "@/components/layout/auto-refresh";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { DISPLAY_TIME_ZONE, formatDisplayTime } from "@/lib/domain/notifications/schedule";
import type { getNotificationReports } from "@/lib/services/reports/notification-reports";
import { requestReportAction } from "../actions";
import { ReportForm } from "./report-form";

type Reports = Awaited<ReturnType<typeof getNotificationReports>>;

const CHANNEL_NAMES = { sms: "Text messages", email: "Emails" } as const;
const dateOnly = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: DISPLAY_TIME_ZONE });

/** "Messages are kept for 7 days", or one sentence per channel when they differ. */
export function retentionSentence(retention: Reports["retention"]): string {
  return retention.sms === retention.email
    ? `Messages are kept for ${retention.sms} days.`
    : `Text messages are kept for ${retention.sms} days and emails for ${retention.email} days.`;
}

/** The messages a filter keeps, in words: "failed text messages", "emails", "messages". */
export function filterLabel(channel: "sms" | "email" | null | undefined, group: string | null | undefined): string {
  return `${group ? `${group} ` : ""}${channel ? CHANNEL_NAMES[channel].toLowerCase() : "messages"}`;
}

function describe(report: Reports["reports"][number]): string {
  const what = report.notificationType || report.statusGroup ? filterLabel(report.notificationType, report.statusGroup) : "all messages";
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}, last ${report.days === 1 ? "day" : `${report.days} days`}${report.form === "counts" ? ", counts only" : ""}`;
}

export function ReportsSection({
  serviceId,
  data,
  requested,
  channel,
  group,
}: {
  serviceId: string;
  data: Reports;
  requested: boolean;
  channel?: "sms" | "email";
  group?: string;
}) {
  const here = `/services/${serviceId}/notifications`;
  return (
    <section aria-labelledby="reports" className="margin-top-5">
      <AutoRefresh active={data.isGenerating} />
      <h2 id="reports">Download a report</h2>
      {requested ? <Alert type="success" heading="Your report is being prepared" headingLevel={3} /> : null}
      <p>
        {data.canDownloadRecipients
          ? "A CSV file of your messages: recipient, reference, template, who sent it, status and time (Eastern Time); or counts only, by day, template, job and status."
          : "A CSV file counting your messages by day, template, job and status."}{" "}
        You can download messages from the last {data.allowedDays.at(-1) === 1 ? "day" : `${data.allowedDays.at(-1)} days`} at most. {retentionSentence(data.retention)}
      </p>
      <ReportForm action={requestReportAction.bind(null, serviceId)} allowedDays={data.allowedDays} filterLabel={channel || group ? filterLabel(channel, group) : null} filterChannel={channel} filterStatus={group} canDownloadRecipients={data.canDownloadRecipients} />
      <div aria-live="polite">
        <Table
          caption="Your reports"
          rowKey={(r) => r.id}
          rows={data.reports}
          emptyText="You have not asked for any reports yet."
          columns={[
            { header: "Report", isRowHeader: true, cell: (r) => describe(r) },
            {
              header: "Asked for",
              cell: (r) => (
                <>
                  <time dateTime={r.createdAt.toISOString()}>{formatDisplayTime(r.createdAt)}</time>
                  {r.requestedByName ? ` by ${r.requestedByName}` : null}
                </>
              ),
            },
            {
              header: "Status",
              cell: (r) =>
                r.status === "ready" && r.form === "recipients" && !data.canDownloadRecipients ? (
                  "Not available: your team can download counts only"
                ) : r.status === "ready" ? (
                  <>
                    <a className="usa-link" href={`/services/${serviceId}/reports/${r.id}`} download>
                      Download <span className="usa-sr-only">{describe(r)} </span>({(r.rowCount ?? 0).toLocaleString("en-US")} {r.rowCount === 1 ? "message" : "messages"}, CSV)
                    </a>
                    <div className="usa-hint">This report will be deleted on {dateOnly.format(r.expiresAt)}.</div>
                  </>
                ) : r.status === "pending" ? (
                  "Preparing"
                ) : (
                  "Failed – ask for it again"
                ),
            },
          ]}
        />
      </div>
      {data.isGenerating ? (
        <p>
          <Link className="usa-link" href={`${here}#reports`}>
            Refresh
          </Link>{" "}
          <span className="usa-hint">(this page updates by itself every few seconds)</span>
        </p>
      ) : null}
    </section>
  );
}
