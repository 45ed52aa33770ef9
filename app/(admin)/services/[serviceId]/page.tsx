import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { statusLabel } from "@/lib/domain/notifications/status-labels";
import { hasUiPermission } from "@/lib/domain/permissions";
import { getDashboard, type ChannelTotals } from "@/lib/services/reports/dashboard";
import { ReputationBanner } from "./_components/reputation-banner";

export const metadata: Metadata = { title: "Dashboard" };

/** The dashboard's figures per status, as bars and as the table beside them. */
const STATUSES = [
  { key: "sending", label: "Sending", fill: "#005ea2" },
  { key: "delivered", label: "Delivered", fill: "#00a91c" },
  { key: "failed", label: "Failed", fill: "#b50909" },
] as const;

const CHANNELS = [
  { key: "sms", label: "Text messages", one: "text message", many: "text messages" },
  { key: "email", label: "Emails", one: "email", many: "emails" },
] as const;

/** A bar per status, drawn with SVG attributes (no inline styles under the CSP); the table beside it has the numbers. */
function StatusBars({ totals, label }: { totals: ChannelTotals; label: string }) {
  const max = Math.max(1, totals.sending, totals.delivered, totals.failed);
  const bars = STATUSES.map((status) => ({ name: status.label, value: totals[status.key], fill: status.fill }));
  return (
    <svg width="240" height="78" viewBox="0 0 240 78" role="img" aria-label={`${label}: ${bars.map((b) => `${b.value} ${b.name.toLowerCase()}`).join(", ")}`}>
      {bars.map((bar, i) => (
        <g key={bar.name}>
          <text x="0" y={i * 26 + 16} fontSize="13" fill="#1b1b1b">
            {bar.name}
          </text>
          <rect x="76" y={i * 26 + 4} height="16" width={Math.max(2, Math.round((bar.value / max) * 150))} fill={bar.fill} />
          <text x={80 + Math.max(2, Math.round((bar.value / max) * 150))} y={i * 26 + 16} fontSize="13" fill="#1b1b1b">
            {bar.value}
          </text>
        </g>
      ))}
    </svg>
  );
}

export default async function ServiceDashboardPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const { service, permissions, user } = await requireServicePage(serviceId);
  // Notify sends members who can't see the dashboard to the templates.
  if (!hasUiPermission(permissions, "view_activity")) redirect(`/services/${serviceId}/templates`);
  const dashboard = await getDashboard({ actor: user, serviceId });
  const { created } = await searchParams;
  const base = `/services/${serviceId}`;
  return (
    <div>
      {created ? <Alert type="success" heading="Your service has been added" /> : null}
      <h1 className="margin-top-0">Dashboard</h1>
      <ReputationBanner reputation={dashboard.reputation} serviceId={serviceId} />
      {service.restricted ? (
        <Alert type="info" heading="Your service is in trial mode">
          You can only send messages to yourself, members of your team and your guest list, up to 50 of each kind a day.{" "}
          {hasUiPermission(permissions, "manage_service") ? (
            <>
              When you’re ready, <Link className="usa-link" href={`${base}/service-settings/request-to-go-live`}>request to go live</Link>.
            </>
          ) : (
            "Ask a team member who manages the service to request to go live."
          )}
        </Alert>
      ) : null}
      <h2>In the last 7 days</h2>
      <div className="grid-row grid-gap">
        {CHANNELS.map((channel) => {
          const totals = dashboard.totals[channel.key];
          return (
            <section key={channel.key} className="tablet:grid-col-6" aria-labelledby={`totals-${channel.key}`}>
              <h3 id={`totals-${channel.key}`} className="margin-bottom-1">
                <Link className="usa-link" href={`${base}/notifications?channel=${channel.key}`}>
                  {totals.total.toLocaleString("en-US")} {totals.total === 1 ? channel.one : channel.many} sent
                </Link>
              </h3>
              <StatusBars totals={totals} label={channel.label} />
              <Table
                caption={`${channel.label} in the last 7 days by status`}
                isCaptionHidden
                isCompact
                testId={`totals-${channel.key}`}
                rows={[totals]}
                rowKey={() => channel.key}
                columns={STATUSES.map((status) => ({
                  header: status.label,
                  cell: (row: ChannelTotals) => (
                    <Link className="usa-link" href={`${base}/notifications?channel=${channel.key}&status=${status.key}`}>
                      {row[status.key]}
                    </Link>
                  ),
                }))}
              />
            </section>
          );
        })}
      </div>
      <p>
        {dashboard.inbound} text {dashboard.inbound === 1 ? "message" : "messages"} received in the last 7 days.
      </p>
      {dashboard.unsubscribeRequests > 0 ? (
        <p>
          <Link className="usa-link" href={`${base}/unsubscribe-requests`}>
            {dashboard.unsubscribeRequests.toLocaleString("en-US")} unsubscribe {dashboard.unsubscribeRequests === 1 ? "request" : "requests"} this week
          </Link>
        </p>
      ) : null}
      {dashboard.activeJobs.length > 0 ? (
        <>
          <h2>Spreadsheets sending or scheduled</h2>
          <ul className="usa-list">
            {dashboard.activeJobs.map((job) => (
              <li key={job.id}>
                <Link className="usa-link" href={`${base}/jobs/${job.id}`}>
                  {job.originalFileName}
                </Link>{" "}
                – {job.jobStatus === "scheduled" && job.scheduledFor ? `scheduled for ${formatDisplayTime(job.scheduledFor)}` : "sending"}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Recent failures</h2>
      {dashboard.recentFailures.length === 0 ? (
        <p>No messages have failed in the last 7 days.</p>
      ) : (
        <Table
          caption="The most recent failed messages"
          isCaptionHidden
          rows={dashboard.recentFailures}
          rowKey={(row) => row.id}
          columns={[
            {
              header: "Recipient",
              isRowHeader: true,
              cell: (row) => (
                <Link className="usa-link" href={`${base}/notification/${row.id}`}>
                  {row.to}
                </Link>
              ),
            },
            { header: "Template", cell: (row) => row.templateName },
            { header: "Reason", cell: (row) => statusLabel(row.status, row.notificationType) },
            { header: "When", cell: (row) => formatDisplayTime(row.updatedAt ?? row.createdAt) },
          ]}
        />
      )}
      <p>
        <Link className="usa-link" href={`${base}/notifications`}>
          See all messages
        </Link>
      </p>
    </div>
  );
}
