// Queue health per lane against graphile-worker's real queue: send jobs' messages (a batch counts
// each of its notifications) in the lane of their flag, or of their task without one; other jobs
// apart; only due, unlocked jobs wait; the oldest message's age from the later of run_at and
// created_at; and the last minute's throughput from the live workers' heartbeats.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { recordWorkerHeartbeat } from "../../db/operations";
import { handedOverLastMinute, recordHandedOver } from "../../jobs/lane-meter";
import { getHealth, WORKER_STALE_AFTER_MS } from "./get-health";
import { readQueueHealth, type QueueHealth } from "./queue-health";

const KEY_PREFIX = `queue-health-test-${randomUUID()}`;

type Job = { task: string; payload: unknown; lane?: string; runAt?: string; createdAt?: string; isLocked?: boolean };

async function addJobs(jobs: Job[]) {
  const db = getDb();
  for (const [i, job] of jobs.entries()) {
    const key = `${KEY_PREFIX}-${i}`;
    await db.$executeRawUnsafe(
      `SELECT graphile_worker.add_job($1, $2::json, run_at := ${job.runAt ?? "now()"}, job_key := $3, flags := $4::text[])`,
      job.task,
      JSON.stringify(job.payload),
      key,
      job.lane ? [`lane:${job.lane}`] : null,
    );
    if (job.createdAt) await db.$executeRawUnsafe(`UPDATE graphile_worker._private_jobs SET created_at = ${job.createdAt} WHERE key = $1`, key);
    if (job.isLocked) await db.$executeRawUnsafe(`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'queue-health-test' WHERE key = $1`, key);
  }
}

const freshSince = () => new Date(Date.now() - WORKER_STALE_AFTER_MS);
const ids = (n: number) => ({ notificationIds: Array.from({ length: n }, () => randomUUID()) });
const one = () => ({ notificationId: randomUUID() });

/** `after` minus `before`, lane by lane, for the counts (ages are compared as they are). */
function added(before: QueueHealth, after: QueueHealth) {
  return Object.fromEntries(
    Object.entries(after).map(([lane, queue]) => [lane, { backlog: queue.backlog - before[lane as keyof QueueHealth].backlog, otherJobs: queue.otherJobs - before[lane as keyof QueueHealth].otherJobs }]),
  );
}

afterAll(async () => {
  await getDb().$executeRawUnsafe(`DELETE FROM graphile_worker._private_jobs WHERE key LIKE $1`, `${KEY_PREFIX}%`);
  await getDb().workerHeartbeat.deleteMany({ where: { id: { startsWith: KEY_PREFIX } } });
});

describe("queue health", () => {
  it("counts each lane's waiting messages and other jobs, by flag or else by task", async () => {
    const before = await readQueueHealth(freshSince());
    await addJobs([
      { task: "send-batch", payload: ids(3), lane: "bulk" },
      { task: "send-batch", payload: ids(2) }, // no flag: the task's lane, bulk
      { task: "send-batch", payload: ids(4), lane: "normal" },
      { task: "send-sms", payload: one(), lane: "priority" },
      { task: "send-email", payload: one() }, // no flag: normal
      { task: "send-sms", payload: one(), lane: "bulk" },
      { task: "send-sms", payload: one(), lane: "priority", runAt: "now() + interval '1 hour'" }, // not due yet
      { task: "send-email", payload: one(), lane: "priority", isLocked: true }, // being sent
      { task: "process-job", payload: { jobId: randomUUID() } }, // no flag: bulk
      { task: "generate-notification-report", payload: { reportId: randomUUID() }, lane: "priority" },
    ]);
    const after = await readQueueHealth(freshSince());
    expect(added(before, after)).toEqual({
      priority: { backlog: 1, otherJobs: 1 },
      normal: { backlog: 5, otherJobs: 0 },
      bulk: { backlog: 6, otherJobs: 1 },
    });
    expect(after.priority.oldestWaitingSeconds).not.toBeNull();
  });

  it("ages the oldest waiting message from the later of its run_at and created_at", async () => {
    await addJobs([
      { task: "send-sms", payload: one(), lane: "priority", runAt: "now() - interval '120 seconds'", createdAt: "now() - interval '200 seconds'" },
      { task: "send-sms", payload: one(), lane: "priority", runAt: "now() - interval '10 seconds'" },
      { task: "send-batch", payload: ids(2), lane: "bulk", runAt: "now() - interval '1 hour'", createdAt: "now() - interval '90 seconds'" },
      { task: "process-job", payload: { jobId: randomUUID() }, lane: "normal", runAt: "now() - interval '1 day'" }, // not a message
    ]);
    const queues = await readQueueHealth(freshSince());
    expect(queues.priority.oldestWaitingSeconds).toBeGreaterThanOrEqual(120);
    expect(queues.priority.oldestWaitingSeconds).toBeLessThan(150);
    expect(queues.bulk.oldestWaitingSeconds).toBeGreaterThanOrEqual(90);
    expect(queues.bulk.oldestWaitingSeconds).toBeLessThan(120);
    expect(queues.normal.oldestWaitingSeconds).toBeLessThan(3_600);
  });

  it("sums the last minute's throughput over workers heartbeating now, which /api/health reports", async () => {
    const db = getDb();
    const startedAt = new Date();
    recordHandedOver("bulk", 250);
    recordHandedOver("priority", 3);
    await recordWorkerHeartbeat({ id: `${KEY_PREFIX}-live`, hostname: "test", pid: 1, startedAt }, handedOverLastMinute());
    expect((await db.workerHeartbeat.findUniqueOrThrow({ where: { id: `${KEY_PREFIX}-live` } })).laneThroughput).toEqual({ priority: 3, normal: 0, bulk: 250 });

    const before = await readQueueHealth(freshSince());
    await recordWorkerHeartbeat({ id: `${KEY_PREFIX}-second`, hostname: "test", pid: 2, startedAt }, { priority: 1, normal: 20, bulk: 50 });
    const stale = new Date(Date.now() - WORKER_STALE_AFTER_MS - 5_000);
    await db.workerHeartbeat.create({ data: { id: `${KEY_PREFIX}-stale`, hostname: "test", pid: 3, startedAt: stale, lastSeenAt: stale, laneThroughput: { priority: 1_000, normal: 1_000, bulk: 1_000 } } });

    const health = await getHealth();
    expect(health.queues?.priority.handedOverLastMinute).toBe(before.priority.handedOverLastMinute + 1);
    expect(health.queues?.normal.handedOverLastMinute).toBe(before.normal.handedOverLastMinute + 20);
    expect(health.queues?.bulk.handedOverLastMinute).toBe(before.bulk.handedOverLastMinute + 50);
    expect(before.bulk.handedOverLastMinute).toBeGreaterThanOrEqual(250);
  });
});
