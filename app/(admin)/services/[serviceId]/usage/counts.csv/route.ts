// GET /services/{serviceId}/usage/counts.csv – this financial year's messages by day, channel,
// template, job and status, with text message parts (no recipients).
import { csvDownload } from "@/app/_lib/csv-download";
import { serviceUsageCsv } from "@/lib/services/reports/usage";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string }> }): Promise<Response> {
  const { serviceId } = await params;
  return csvDownload(serviceId, (actor) => serviceUsageCsv({ actor, serviceId }));
}
