// The whole system's health needs a live worker; a web instance's own health needs only the database,
// so the platform never restarts web instances because the worker is down.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { addJobSql } from "../../jobs/queue-sql";
import { getHealth, JOB_STUCK_AFTER_MS, WORKER_STALE_AFTER_MS } from "./get-health";

describe("getHealth", () => {
  it("reports a stale worker as down: unhealthy for the system, healthy for the web scope", async () => {
    const now = new Date();
    await getDb().workerHeartbeat.upsert({ where: { id: "health-test-worker" }, create: { id: "health-test-worker", hostname: "test", pid: 1, startedAt: now, lastSeenAt: now }, update: { lastSeenAt: now } });
    const latest = await getDb().workerHeartbeat.findFirstOrThrow({ orderBy: { lastSeenAt: "desc" } });
    const later = new Date(latest.lastSeenAt.getTime() + WORKER_STALE_AFTER_MS + 1_000);

    expect(await getHealth(new Date(latest.lastSeenAt.getTime() + 1_000))).toMatchObject({ status: "ok", database: { status: "ok" }, worker: { status: "ok" } });
    expect(await getHealth(later)).toMatchObject({ status: "unhealthy", database: { status: "ok" }, worker: { status: "down" } });
    expect(await getHealth(later, "web")).toMatchObject({ status: "ok", database: { status: "ok" }, worker: { status: "down" } });
  });

  it("reports a live worker holding a job for longer than any job takes as stuck", async () => {
    const db = getDb();
    const now = new Date();
    const id = "stuck-test-worker";
    await db.workerHeartbeat.upsert({ where: { id }, create: { id, hostname: "test", pid: 1, startedAt: now, lastSeenAt: now }, update: { lastSeenAt: now } });
    const [job] = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT (${addJobSql("purge-expired-auth-data", {}, { jobKey: "'health-stuck-test'", runAt: "now() + interval '1 hour'" })}).id::text AS id`);
    try {
      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_by = ${id}, locked_at = now() - make_interval(secs => ${JOB_STUCK_AFTER_MS / 1000 - 60}) WHERE id = ${job!.id}::bigint`;
      expect(await getHealth()).toMatchObject({ status: "ok", worker: { status: "ok" } }); // held a while, but not past the limit

      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now() - make_interval(secs => ${JOB_STUCK_AFTER_MS / 1000 + 60}) WHERE id = ${job!.id}::bigint`;
      expect(await getHealth()).toMatchObject({ status: "unhealthy", worker: { status: "stuck", stuckJobs: 1 } });
      expect(await getHealth(new Date(), "web")).toMatchObject({ status: "ok" });
    } finally {
      await db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE id = ${job!.id}::bigint`;
      await db.workerHeartbeat.delete({ where: { id } });
    }
  });
});
