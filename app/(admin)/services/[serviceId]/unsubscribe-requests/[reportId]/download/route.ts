// GET /services/{serviceId}/unsubscribe-requests/{reportId}/download – the report as CSV. Another
// service's report, or one this member may not see, is "not found"; it lists email addresses, so
// it is refused while the service allows counts only.
import { csvDownload } from "@/app/_lib/csv-download";
import { downloadUnsubscribeRequestReport } from "@/lib/services/unsubscribe/unsubscribe-reports";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string; reportId: string }> }): Promise<Response> {
  const { serviceId, reportId } = await params;
  return csvDownload(serviceId, (actor) => downloadUnsubscribeRequestReport({ actor, serviceId, reportId }));
}
