// GET /services/{serviceId}/reports/{reportId} – download a ready message report (CSV), streamed
// from the file store so a large report isn't held in memory. Another service's report, one not
// ready yet, or one that has expired is "not found"; one with recipients is refused while the
// service allows counts only.
import { csvDownload } from "@/app/_lib/csv-download";
import { getNotificationReportFile } from "@/lib/services/reports/notification-reports";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string; reportId: string }> }): Promise<Response> {
  const { serviceId, reportId } = await params;
  return csvDownload(serviceId, (actor) => getNotificationReportFile({ actor, serviceId, reportId }));
}
