// Operational reads and writes: database ping and worker heartbeats (for /api/health).
import type { Lane } from "../jobs/lanes";
import { getDb } from "./client";

/** Round-trips a trivial query; throws if the database is unreachable. Returns the latency in ms. */
export async function pingDatabase(): Promise<number> {
  const started = performance.now();
  await getDb().$queryRaw`SELECT 1`;
  return Math.round(performance.now() - started);
}

/** `laneThroughput`: messages this worker handed to a provider in the last minute, per lane (lib/jobs/lane-meter.ts). */
export async function recordWorkerHeartbeat(worker: { id: string; hostname: string; pid: number; startedAt: Date }, laneThroughput: Record<Lane, number>): Promise<void> {
  const now = new Date();
  await getDb().workerHeartbeat.upsert({
    where: { id: worker.id },
    create: { ...worker, lastSeenAt: now, laneThroughput },
    update: { lastSeenAt: now, laneThroughput },
  });
}

export async function deleteWorkerHeartbeat(id: string): Promise<void> {
  await getDb().workerHeartbeat.deleteMany({ where: { id } });
}

/** The most recent heartbeat from any worker, or null if none has ever run. */
export async function findLatestWorkerHeartbeat(): Promise<{ lastSeenAt: Date; id: string } | null> {
  return getDb().workerHeartbeat.findFirst({ orderBy: { lastSeenAt: "desc" }, select: { id: true, lastSeenAt: true } });
}

/**
 * Workers that crashed holding jobs: ids in graphile-worker's `locked_by` (a worker pool's id, which
 * is also its heartbeat id) whose lock is older than `staleMs` and whose heartbeat is older than
 * that too, or missing. A worker killed mid-job (SIGKILL, out of memory) leaves such locks, which
 * graphile-worker would otherwise only release after four hours.
 */
export async function findDeadWorkerIds(staleMs: number): Promise<string[]> {
  const seconds = staleMs / 1000;
  const rows = await getDb().$queryRaw<{ locked_by: string }[]>`
    SELECT locked_by FROM (
      SELECT locked_by, locked_at FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
      UNION ALL
      SELECT locked_by, locked_at FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL
    ) locks
    WHERE locked_at < now() - make_interval(secs => ${seconds})
      AND NOT EXISTS (SELECT 1 FROM worker_heartbeats h WHERE h.id = locks.locked_by AND h.last_seen_at > now() - make_interval(secs => ${seconds}))
    GROUP BY locked_by`;
  return rows.map((row) => row.locked_by);
}

/**
 * Jobs held longer than `heldMs` by workers that are still heartbeating: a worker that is alive
 * but not getting anywhere (a job waiting on something that will never answer).
 */
export async function countJobsHeldWithoutProgress(heldMs: number): Promise<number> {
  const seconds = heldMs / 1000;
  const rows = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM graphile_worker._private_jobs j JOIN worker_heartbeats h ON h.id = j.locked_by
     WHERE j.locked_at < now() - make_interval(secs => ${seconds})`;
  return rows[0]?.n ?? 0;
}

export async function deleteWorkerHeartbeats(ids: string[]): Promise<void> {
  await getDb().workerHeartbeat.deleteMany({ where: { id: { in: ids } } });
}
