// graphile-worker stops its runner the first time it cannot record a job's outcome (a lost
// connection while completing jobs: "Failed to complete jobs … aborting"). The worker must notice,
// release that runner's jobs and start a new runner, rather than heartbeat on while delivering
// nothing. The failure is made real with a trigger that refuses the job's completion once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../lib/db/client";
import { enqueue } from "../lib/jobs/enqueue";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../testing/factories";
import { startWorker, type RunningWorker } from "./worker";

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      // Say who held what, so a failure elsewhere (another worker taking the job) is plain to see.
      const workers = await getDb().workerHeartbeat.findMany({ select: { id: true, pid: true, lastSeenAt: true } });
      const jobs = await getDb().$queryRaw`SELECT key, locked_by, attempts, last_error FROM graphile_worker._private_jobs WHERE key LIKE 'fail-once:%'`;
      throw new Error(`timed out waiting for ${what}; workers ${JSON.stringify(workers)}; jobs ${JSON.stringify(jobs)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a worker whose runner stops by itself", () => {
  let worker: RunningWorker;
  const db = getDb();

  beforeAll(async () => {
    // Sequences ignore rollbacks, so the first completion of a "fail-once:" job fails and later ones succeed.
    await db.$executeRawUnsafe(`CREATE SEQUENCE IF NOT EXISTS test_fail_once_seq`);
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_fail_completion_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.key LIKE 'fail-once:%' AND nextval('test_fail_once_seq') = 1 THEN
          RAISE EXCEPTION 'simulated lost connection while completing a job';
        END IF;
        RETURN OLD;
      END $$`);
    await db.$executeRawUnsafe(`CREATE OR REPLACE TRIGGER test_fail_completion_once BEFORE DELETE ON graphile_worker._private_jobs FOR EACH ROW EXECUTE FUNCTION test_fail_completion_once()`);
    worker = await startWorker({ pollInterval: 100 });
  });

  afterAll(async () => {
    await worker.stop();
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_completion_once ON graphile_worker._private_jobs`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_fail_completion_once()`);
    await db.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS test_fail_once_seq`);
  });

  it("starts a new runner, runs the unfinished job again, and sends the message once", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Recovered" });
    const first = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550161" });
    const firstRunner = worker.id;

    await enqueue("send-sms", { notificationId: first.id }, { jobKey: `fail-once:${first.id}` });
    await waitFor("a new runner", async () => worker.id, (id) => id !== firstRunner);
    // The job whose completion failed is released and run again by the new runner, which finds the message sent.
    await waitFor("the job to be gone", () => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key = ${`fail-once:${first.id}`}`, (rows) => rows[0]?.n === 0);

    // And the new runner keeps working.
    const second = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550162" });
    await enqueue("send-sms", { notificationId: second.id });
    await waitFor("the second message to be delivered", () => db.notification.findUniqueOrThrow({ where: { id: second.id }, select: { status: true } }), (row) => row.status === "delivered");

    const outbox = await db.outboxMessage.findMany({ where: { providerReference: { in: [`local-${first.id}`, `local-${second.id}`] } }, select: { providerReference: true, handOvers: true } });
    expect(outbox.map((row) => row.handOvers)).toEqual([1, 1]);
    expect((await db.notification.findUniqueOrThrow({ where: { id: first.id }, select: { status: true } })).status).toBe("delivered");
    const heartbeats = await db.workerHeartbeat.findMany({ where: { id: { in: [firstRunner, worker.id] } }, select: { id: true } });
    expect(heartbeats.map((h) => h.id)).toEqual([worker.id]); // the stopped runner no longer claims to be alive
  });
});
