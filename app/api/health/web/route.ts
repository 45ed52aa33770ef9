import { getHealth } from "@/lib/services/operations/get-health";

export const dynamic = "force-dynamic";

// GET /api/health/web – the web instance's own health for the platform's check (manifest.yml): 200
// while the database answers, even when the worker is down (it is reported, but restarting web
// instances would not bring it back). /api/health is the whole system's.
export async function GET() {
  const health = await getHealth(new Date(), "web");
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
