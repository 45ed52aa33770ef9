import type { Metadata } from "next";
import { orNotFound } from "@/app/_lib/expected-errors";
import { BackLink } from "@/components/uswds/back-link";
import { Button } from "@/components/uswds/button";
import { CheckboxGroup } from "@/components/uswds/checkbox-group";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { canDownloadRecipientReports } from "@/lib/services/reports/report-downloads";
import { getUnsubscribeRequestReport } from "@/lib/services/unsubscribe/unsubscribe-reports";
import { markUnsubscribeReportAction } from "../actions";

export const metadata: Metadata = { title: "Unsubscribe request report" };

// GET /services/{serviceId}/unsubscribe-requests/{reportId} – download a report and mark it done.
export default async function UnsubscribeReportPage({ params }: { params: Promise<{ serviceId: string; reportId: string }> }) {
  const { serviceId, reportId } = await params;
  const { user } = await requireServicePage(serviceId, "view_activity");
  const [report, canDownloadRecipients] = await orNotFound(Promise.all([getUnsubscribeRequestReport({ actor: user, serviceId, reportId }), canDownloadRecipientReports({ actor: user, serviceId })]));
  const base = `/services/${serviceId}/unsubscribe-requests`;
  return (
    <div>
      <BackLink href={base}>Back to unsubscribe requests</BackLink>
      <h1 className="margin-top-0">Unsubscribe request report</h1>
      <p>
        {report.count.toLocaleString("en-US")} unsubscribe {report.count === 1 ? "request" : "requests"} received from {formatDisplayTime(report.earliestAt)} to{" "}
        {formatDisplayTime(report.latestAt)}.
      </p>
      <ol className="usa-list">
        <li>
          {canDownloadRecipients ? (
            <a className="usa-link" href={`${base}/${report.id}/download`} download>
              Download the report (CSV)
            </a>
          ) : (
            "Your team can download counts only, so this report (a list of email addresses) can’t be downloaded. A team member who manages the service can change this in Settings."
          )}
        </li>
        <li>Take these email addresses off your mailing list before you send to it again.</li>
      </ol>
      <form action={markUnsubscribeReportAction.bind(null, serviceId, report.id)}>
        <CheckboxGroup
          id="processed"
          label="Is this report done? (optional)"
          options={[{ value: "yes", label: "I have taken these addresses off our list" }]}
          defaultValue={report.processedAt ? ["yes"] : []}
        />
        <Button>Save</Button>
      </form>
      <p>This report will be deleted on {formatDisplayTime(report.deletedAt)}.</p>
    </div>
  );
}
