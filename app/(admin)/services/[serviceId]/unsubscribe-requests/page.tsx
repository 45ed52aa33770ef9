import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { BackLink } from "@/components/uswds/back-link";
import { Button } from "@/components/uswds/button";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { listUnsubscribeRequestReports } from "@/lib/services/unsubscribe/unsubscribe-reports";
import { createUnsubscribeReportAction } from "./actions";

export const metadata: Metadata = { title: "Email unsubscribe requests" };

const requests = (n: number) => `${n.toLocaleString("en-US")} unsubscribe ${n === 1 ? "request" : "requests"}`;

// GET /services/{serviceId}/unsubscribe-requests – the requests not yet downloaded, and the reports.
export default async function UnsubscribeRequestsPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "view_activity");
  const { pending, reports } = await listUnsubscribeRequestReports({ actor: user, serviceId });
  const { processed, unprocessed } = await searchParams;
  const base = `/services/${serviceId}/unsubscribe-requests`;
  return (
    <div>
      <BackLink href={`/services/${serviceId}`}>Back to dashboard</BackLink>
      {processed ? <Alert type="success" heading="Report marked as done" /> : null}
      {unprocessed ? <Alert type="success" heading="Report marked as not done" /> : null}
      <h1 className="margin-top-0">Email unsubscribe requests</h1>
      <p>People who unsubscribe from an email with an unsubscribe link are listed here. Take them off your mailing list before you send to it again.</p>
      <h2>New requests</h2>
      {pending ? (
        <>
          <p>
            {requests(pending.count)} from {formatDisplayTime(pending.earliestAt)} to {formatDisplayTime(pending.latestAt)}, not in a report yet.
          </p>
          <form action={createUnsubscribeReportAction.bind(null, serviceId)}>
            <Button>Make a report of these requests</Button>
          </form>
        </>
      ) : (
        <p>There are no new unsubscribe requests.</p>
      )}
      <h2>Reports</h2>
      {reports.length === 0 ? (
        <p>You have no reports yet.</p>
      ) : (
        <Table
          caption="Reports of unsubscribe requests, newest first"
          isCaptionHidden
          rows={reports}
          rowKey={(r) => r.id}
          columns={[
            {
              header: "Requests received",
              isRowHeader: true,
              cell: (r) => (
                <Link className="usa-link" href={`${base}/${r.id}`}>
                  {formatDisplayTime(r.earliestAt)} to {formatDisplayTime(r.latestAt)}
                </Link>
              ),
            },
            { header: "Requests", cell: (r) => r.count.toLocaleString("en-US") },
            { header: "Status", cell: (r) => (r.processedAt ? "Done" : "Not done yet") },
          ]}
        />
      )}
      <p>Requests are deleted 90 days after they are received.</p>
    </div>
  );
}
