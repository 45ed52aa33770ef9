import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/uswds/pagination";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { statusLabel } from "@/lib/domain/notifications/status-labels";
import type { StatusGroup } from "@/lib/domain/notifications/status-groups";
import { getActivity } from "@/lib/services/reports/dashboard";
import { getNotificationReports } from "@/lib/services/reports/notification-reports";
import { ReportsSection, retentionSentence } from "./_components/reports-section";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Messages" };

const CHANNELS = { all: "All messages", sms: "Text messages", email: "Emails" } as const;
const GROUPS = { all: "All", sending: "Sending", delivered: "Delivered", failed: "Failed" } as const;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const query = await searchParams;
  const channel = one(query.channel) === "sms" || one(query.channel) === "email" ? (one(query.channel) as "sms" | "email") : undefined;
  const groupParam = one(query.status);
  const group = groupParam === "sending" || groupParam === "delivered" || groupParam === "failed" ? (groupParam as StatusGroup) : undefined;
  const search = one(query.search)?.slice(0, 320) ?? "";
  const page = Math.max(1, Number.parseInt(one(query.page) ?? "1", 10) || 1);
  const { user } = await requireServicePage(serviceId, "view_activity");
  const [activity, reports] = await orNotFound(Promise.all([getActivity({ actor: user, serviceId, channel, group, search, page }), getNotificationReports({ actor: user, serviceId, channel })]), HIDDEN);
  const base = `/services/${serviceId}/notifications`;
  const link = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    const merged = { channel, status: group, search: search || undefined, ...changes };
    for (const [k, v] of Object.entries(merged)) if (v && v !== "all") next.set(k, v);
    const text = next.toString();
    return text ? `${base}?${text}` : base;
  };
  return (
    <div>
      <h1 className="margin-top-0">{CHANNELS[channel ?? "all"]}</h1>
      <p data-testid="retention">{retentionSentence(reports.retention)} After that they are deleted and no longer shown here.</p>
      <nav aria-label="Channel" className="margin-bottom-2">
        <ul className="usa-button-group usa-button-group--segmented">
          {(Object.keys(CHANNELS) as (keyof typeof CHANNELS)[]).map((key) => (
            <li key={key} className="usa-button-group__item">
              <Link className={`usa-button ${(channel ?? "all") === key ? "" : "usa-button--outline"}`} aria-current={(channel ?? "all") === key ? "page" : undefined} href={link({ channel: key, page: undefined })}>
                {CHANNELS[key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Status" className="margin-bottom-2">
        <ul className="usa-button-group usa-button-group--segmented">
          {(Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((key) => (
            <li key={key} className="usa-button-group__item">
              <Link className={`usa-button ${(group ?? "all") === key ? "" : "usa-button--outline"}`} aria-current={(group ?? "all") === key ? "page" : undefined} href={link({ status: key, page: undefined })}>
                {GROUPS[key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={base} role="search" className="usa-form margin-bottom-3">
        {channel ? <input type="hidden" name="channel" value={channel} /> : null}
        {group ? <input type="hidden" name="status" value={group} /> : null}
        <label className="usa-label" htmlFor="search">
          Search by phone number, email address or reference
        </label>
        <div className="display-flex">
          <input className="usa-input" id="search" name="search" type="search" defaultValue={search} />
          <button className="usa-button margin-left-1 margin-top-1" type="submit">
            Search
          </button>
        </div>
      </form>
      <Table
        caption={`${activity.total.toLocaleString("en-US")} ${activity.total === 1 ? "message" : "messages"}${search ? ` matching ‘${search}’` : ""}`}
        rows={activity.rows}
        rowKey={(row) => row.id}
        emptyText="No messages."
        columns={[
          {
            header: "Recipient",
            isRowHeader: true,
            cell: (row) => (
              <>
                <Link className="usa-link" href={`/services/${serviceId}/notification/${row.id}`}>
                  {row.to}
                </Link>
                {row.clientReference ? <div className="usa-hint">Reference: {row.clientReference}</div> : null}
              </>
            ),
          },
          { header: "Template", cell: (row) => row.templateName },
          { header: "Sent by", cell: (row) => row.jobName ?? row.createdByName ?? "API" },
          { header: "Status", cell: (row) => statusLabel(row.status, row.notificationType) },
          { header: "Time", cell: (row) => formatDisplayTime(row.updatedAt ?? row.createdAt) },
        ]}
      />
      <Pagination currentPage={page} totalPages={activity.pages} hrefForPage={(n) => link({ page: String(n) })} />
      <ReportsSection
        serviceId={serviceId}
        data={reports}
        requested={one(query.report) === "requested"}
        channel={channel}
        group={group}
      />
    </div>
  );
}
