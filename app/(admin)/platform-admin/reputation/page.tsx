import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { formatRate, MIN_EMAILS_FOR_RATES, rateOf, REPUTATION_STATE_LABELS, REPUTATION_THRESHOLDS } from "@/lib/domain/reputation";
import { listReputationForPlatformAdmin } from "@/lib/services/reputation/reputation";
import { ButtonForm } from "../_components/button-form";
import { requirePlatformAdminPage } from "../_components/require-platform-admin-page";
import { pauseServiceForReputationAction } from "../actions";

export const metadata: Metadata = { title: "Sending reputation – Platform admin" };

const count = (n: number) => n.toLocaleString("en-US");
const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
const senderName = (sender: string) => sender || "Default sender";

export default async function ReputationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePlatformAdminPage();
  const { platform, services } = await listReputationForPlatformAdmin({ actor });
  const { done } = await searchParams;
  const { bounce, complaint } = REPUTATION_THRESHOLDS;
  return (
    <div>
      {done === "paused" ? <Alert type="success" heading="The service has been suspended" /> : null}
      <h1>Sending reputation</h1>
      <p>
        Bounce and complaint rates over the last 7 days, against Amazon SES’s thresholds: under review at {formatRate(bounce.warning)} bounces or {formatRate(complaint.warning)} complaints, sending
        paused at {formatRate(bounce.critical)} or {formatRate(complaint.critical)}. SES judges the whole account, so one service’s rates put every service’s email at risk. The figures are
        recomputed every 5 minutes{platform.computedAt ? `; last at ${when(platform.computedAt)}` : ""}. A service stays OK until it has sent {MIN_EMAILS_FOR_RATES} emails in the window.
      </p>

      <h2>The platform</h2>
      {platform.state !== "ok" ? (
        <Alert type={platform.state === "critical" ? "error" : "warning"} heading={`The platform is past SES’s ${platform.state === "critical" ? "pause" : "review"} threshold`} className="margin-bottom-2">
          Pause the services at the top of the list below until their rates come down.
        </Alert>
      ) : null}
      <Table
        caption="The platform’s rates in the last 7 days"
        isCompact
        testId="platform-reputation"
        rowKey={() => "platform"}
        rows={[platform]}
        columns={[
          { header: "Emails sent", cell: (p) => count(p.emailsSent) },
          { header: "Bounce rate", cell: (p) => `${formatRate(p.bounceRate)} (${count(p.bounced)})` },
          { header: "Complaint rate", cell: (p) => `${formatRate(p.complaintRate)} (${count(p.complained)})` },
          { header: "Text messages sent", cell: (p) => count(p.textsSent) },
          { header: "Text failure rate", cell: (p) => `${formatRate(p.textFailureRate)} (${count(p.textsFailed)})` },
          { header: "State", cell: (p) => REPUTATION_STATE_LABELS[p.state] },
        ]}
      />

      <h2>Services, worst first</h2>
      <Table
        caption="Every service’s rates in the last 7 days, worst first"
        isCaptionHidden
        testId="service-reputation"
        rowKey={(s) => s.serviceId}
        rows={services}
        emptyText="No service has sent anything in the last 7 days."
        columns={[
          {
            header: "Service",
            isRowHeader: true,
            cell: (s) => (
              <Link className="usa-link" href={`/platform-admin/services/${s.serviceId}`}>
                {s.name}
              </Link>
            ),
          },
          { header: "State", cell: (s) => `${REPUTATION_STATE_LABELS[s.state]}${s.active ? "" : ", suspended"}` },
          { header: "Emails sent", cell: (s) => count(s.emailsSent) },
          { header: "Bounce rate", cell: (s) => `${formatRate(s.bounceRate)} (${count(s.bounced)})` },
          { header: "Complaint rate", cell: (s) => `${formatRate(s.complaintRate)} (${count(s.complained)})` },
          {
            header: "Text failure rate by sender",
            cell: (s) =>
              s.senders.length === 0 ? (
                "–"
              ) : (
                <ul className="usa-list usa-list--unstyled">
                  {s.senders.map((sender) => (
                    <li key={sender.sender}>
                      {senderName(sender.sender)}: {formatRate(rateOf(sender.failed, sender.sent))} ({count(sender.failed)} of {count(sender.sent)})
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            header: "Action",
            isHeaderHidden: true,
            cell: (s) => (s.active && s.state !== "ok" ? <ButtonForm action={pauseServiceForReputationAction.bind(null, s.serviceId)} submitLabel={`Suspend ${s.name}`} /> : null),
          },
        ]}
      />
    </div>
  );
}
