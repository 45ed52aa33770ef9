// Every row of a job with its status, as CSV; cells a spreadsheet would run as formulas are neutralised.
import { getCurrentUser } from "@/lib/auth/session";
import { jobReportCsv } from "@/lib/services/bulk/reports";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string; jobId: string }> }): Promise<Response> {
  const { serviceId, jobId } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this report", { status: 401 });
  try {
    const { fileName, csv } = await jobReportCsv({ actor: user, serviceId, jobId });
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" } });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
