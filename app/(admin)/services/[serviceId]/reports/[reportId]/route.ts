// GET /services/{serviceId}/reports/{reportId} – download a ready message report (CSV). Another
// service's report, one not ready yet, or one that has expired is "not found".
import { HIDDEN, isAppErrorWith } from "@/app/_lib/expected-errors";
import { getCurrentUser } from "@/lib/auth/session";
import { getNotificationReportFile } from "@/lib/services/reports/notification-reports";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string; reportId: string }> }): Promise<Response> {
  const { serviceId, reportId } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this report", { status: 401 });
  try {
    // Streamed from the file store, so a large report isn't held in memory.
    const { fileName, body, length } = await getNotificationReportFile({ actor: user, serviceId, reportId });
    return new Response(body, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "content-length": String(length), "cache-control": "no-store" },
    });
  } catch (error) {
    // A download answers with a plain 404, not the 404 page.
    if (isAppErrorWith(error, HIDDEN)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
