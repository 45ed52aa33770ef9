// GET /services/{serviceId}/unsubscribe-requests/{reportId}/download – the report as CSV. Another
// service's report, or one this member may not see, is "not found".
import { HIDDEN, isAppErrorWith } from "@/app/_lib/expected-errors";
import { getCurrentUser } from "@/lib/auth/session";
import { downloadUnsubscribeRequestReport } from "@/lib/services/unsubscribe/unsubscribe-reports";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string; reportId: string }> }): Promise<Response> {
  const { serviceId, reportId } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this report", { status: 401 });
  try {
    const { fileName, csv } = await downloadUnsubscribeRequestReport({ actor: user, serviceId, reportId });
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" } });
  } catch (error) {
    if (isAppErrorWith(error, HIDDEN)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
