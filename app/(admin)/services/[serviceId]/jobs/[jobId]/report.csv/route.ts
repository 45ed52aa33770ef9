// GET /services/{serviceId}/jobs/{jobId}/report.csv – every row of a job with its recipient and
// status; cells a spreadsheet would run as formulas are neutralised. Refused when the service
// allows counts only.
import { csvDownload } from "@/app/_lib/csv-download";
import { jobReportCsv } from "@/lib/services/bulk/reports";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string; jobId: string }> }): Promise<Response> {
  const { serviceId, jobId } = await params;
  return csvDownload(serviceId, (actor) => jobReportCsv({ actor, serviceId, jobId }));
}
