import type { Metadata } from "next";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";
import { requireServicePage } from "@/lib/auth/session";
import { getReportDownloadsSetting } from "@/lib/services/settings/report-downloads";
import { ReportDownloadsForm } from "../_components/report-downloads-form";
import { SettingsPage } from "../_components/settings-page";
import { changeReportDownloadsAction } from "../actions";

export const metadata: Metadata = { title: "Reports your team can download" };

export default async function ReportDownloadsPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const value = await orNotFound(getReportDownloadsSetting({ actor: user, serviceId }), HIDDEN);
  return (
    <SettingsPage title="Reports your team can download" back={`/services/${serviceId}/service-settings`}>
      <p>Message reports, spreadsheet job reports and usage can be downloaded as counts of messages by day, template, job and status. Choose whether your team may also download reports that list each recipient.</p>
      <p>With counts only:</p>
      <ul className="usa-list">
        <li>no one in your team can download a message report, a job report or an unsubscribe request report with phone numbers or email addresses – reports already prepared with them can’t be downloaded either</li>
        <li>the message and job pages still show recipients, so people can look up a single message</li>
        <li>the API is not affected: your systems can still read your notifications (with their recipients) using an API key</li>
      </ul>
      <ReportDownloadsForm action={changeReportDownloadsAction.bind(null, serviceId)} value={value} />
    </SettingsPage>
  );
}
