// Operational reads and writes: database ping and worker heartbeats (for /api/health).
import { getDb } from "./client";

/** Round-trips a trivial query; throws if the database is unreachable. Returns the latency in ms. */
export async function pingDatabase(): Promise<number> {
  const started = performance.now();
  await getDb().$queryRaw`SELECT 1`;
  return Math.round(performance.now() - started);
}

export async function recordWorkerHeartbeat(worker: { id: string; hostname: string; pid: number; startedAt: Date }): Promise<void> {
  const now = new Date();
  await getDb().workerHeartbeat.upsert({
    where: { id: worker.id },
    create: { ...worker, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
}

export async function deleteWorkerHeartbeat(id: string): Promise<void> {
  await getDb().workerHeartbeat.deleteMany({ where: { id } });
}

/** The most recent heartbeat from any worker, or null if none has ever run. */
export async function findLatestWorkerHeartbeat(): Promise<{ lastSeenAt: Date; id: string } | null> {
  return getDb().workerHeartbeat.findFirst({ orderBy: { lastSeenAt: "desc" }, select: { id: true, lastSeenAt: true } });
}
