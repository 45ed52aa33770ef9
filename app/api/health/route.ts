import { getHealth } from "@/lib/services/operations/get-health";

export const dynamic = "force-dynamic";

// GET /api/health – database and worker liveness (200 when both are up, else 503)
export async function GET() {
  const health = await getHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
