// Health of the whole system for /api/health and the start-up script: can we reach the database,
// and has a worker checked in recently?
import { findLatestWorkerHeartbeat, pingDatabase } from "../../db/operations";

/** A worker that hasn't written a heartbeat for this long is considered down (heartbeat every 5 s). */
export const WORKER_STALE_AFTER_MS = 30_000;

export type Health = {
  status: "ok" | "unhealthy";
  database: { status: "ok" | "unreachable"; latencyMs?: number };
  worker: { status: "ok" | "down"; lastSeenAt: string | null };
};

/**
 * "system" (the default) is healthy when the database answers and a worker is alive; "web" only needs
 * the database – the platform's health check of a web instance must not restart it for a worker outage.
 */
export async function getHealth(now = new Date(), scope: "system" | "web" = "system"): Promise<Health> {
  let database: Health["database"];
  let worker: Health["worker"] = { status: "down", lastSeenAt: null };
  try {
    database = { status: "ok", latencyMs: await pingDatabase() };
    const heartbeat = await findLatestWorkerHeartbeat();
    if (heartbeat) {
      const isFresh = now.getTime() - heartbeat.lastSeenAt.getTime() < WORKER_STALE_AFTER_MS;
      worker = { status: isFresh ? "ok" : "down", lastSeenAt: heartbeat.lastSeenAt.toISOString() };
    }
  } catch {
    database = { status: "unreachable" };
  }
  const healthy = database.status === "ok" && (scope === "web" || worker.status === "ok");
  return { status: healthy ? "ok" : "unhealthy", database, worker };
}
