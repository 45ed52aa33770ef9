// The example spreadsheet for a template (signed-in members who can send only).
import { getCurrentUser } from "@/lib/auth/session";
import { exampleSpreadsheet } from "@/lib/services/bulk/uploads";

export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string; templateId: string }> }): Promise<Response> {
  const { serviceId, templateId } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this file", { status: 401 });
  try {
    const { fileName, csv } = await exampleSpreadsheet({ actor: user, serviceId, templateId });
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" } });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
