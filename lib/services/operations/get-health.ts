// Health of the whole system for /api/health and the start-up script: can we reach the database,
// has a worker checked in recently, and is it getting its jobs done? With it, each lane's queue
// (./queue-health.ts), for monitoring: it never changes the status.
import { countJobsHeldWithoutProgress, findLatestWorkerHeartbeat, pingDatabase } from "../../db/operations";
import { readQueueHealth, type QueueHealth } from "./queue-health";

/** A worker that hasn't written a heartbeat for this long is considered down (heartbeat every 5 s). */
export const WORKER_STALE_AFTER_MS = 30_000;

/**
 * A job held this long by a live worker means that worker is stuck: the longest jobs (a 100,000-row
 * spreadsheet's fan-out, a large report) take a minute or two; a send batch takes seconds.
 */
export const JOB_STUCK_AFTER_MS = 5 * 60_000;

export type Health = {
  status: "ok" | "unhealthy";
  database: { status: "ok" | "unreachable"; latencyMs?: number };
  /** "stuck": heartbeating, but holding jobs for longer than any job takes (stuckJobs of them). */
  worker: { status: "ok" | "down" | "stuck"; lastSeenAt: string | null; stuckJobs?: number };
  /** Each lane's backlog, oldest waiting message and last minute's throughput; absent when the database is unreachable. */
  queues?: QueueHealth;
};

/**
 * "system" (the default) is healthy when the database answers and a worker is alive; "web" only needs
 * the database – the platform's health check of a web instance must not restart it for a worker outage.
 */
export async function getHealth(now = new Date(), scope: "system" | "web" = "system"): Promise<Health> {
  let database: Health["database"];
  let worker: Health["worker"] = { status: "down", lastSeenAt: null };
  let queues: QueueHealth | undefined;
  try {
    database = { status: "ok", latencyMs: await pingDatabase() };
    const [heartbeat, queueHealth] = await Promise.all([findLatestWorkerHeartbeat(), readQueueHealth(new Date(now.getTime() - WORKER_STALE_AFTER_MS))]);
    queues = queueHealth;
    if (heartbeat) {
      const isFresh = now.getTime() - heartbeat.lastSeenAt.getTime() < WORKER_STALE_AFTER_MS;
      const stuckJobs = isFresh ? await countJobsHeldWithoutProgress(JOB_STUCK_AFTER_MS) : 0;
      worker = { status: !isFresh ? "down" : stuckJobs > 0 ? "stuck" : "ok", lastSeenAt: heartbeat.lastSeenAt.toISOString(), ...(stuckJobs > 0 ? { stuckJobs } : {}) };
    }
  } catch {
    database = { status: "unreachable" };
  }
  const healthy = database.status === "ok" && (scope === "web" || worker.status === "ok");
  return { status: healthy ? "ok" : "unhealthy", database, worker, ...(queues ? { queues } : {}) };
}
