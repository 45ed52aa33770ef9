// GET /services/{serviceId}/jobs/{jobId}/counts.csv – a job's messages counted by day and status,
// without recipients (always available).
import { csvDownload } from "@/app/_lib/csv-download";
import { jobCountsCsv } from "@/lib/services/bulk/reports";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string; jobId: string }> }): Promise<Response> {
  const { serviceId, jobId } = await params;
  return csvDownload(serviceId, (actor) => jobCountsCsv({ actor, serviceId, jobId }));
}
