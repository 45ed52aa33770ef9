// The API's hand-off guarantee: a notification is stored together with its delivery job, its daily
// count and its Idempotency-Key, or not at all — even when the transaction fails or its connection
// is killed half-way. And a retry with the same key after such a failure sends exactly once.
// Sends without a key are grouped with concurrent ones into one transaction (group commit): the
// same guarantees hold for each, and one bad send can't take the others down with it.
import { Client } from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { getDb } from "../../db/client";
import { insertNotificationGrouped, SLOW_BATCH_MS } from "../../db/notification-group-commit";
import { createTestApiSender } from "../../../testing/factories";
import { sendApiNotification } from "./send-api-notification";

const setup = createTestApiSender;

async function stored(serviceId: string) {
  const db = getDb();
  const [notifications, keys, counters] = await Promise.all([
    db.notification.count({ where: { serviceId } }),
    db.apiIdempotencyKey.count({ where: { serviceId } }),
    db.rateLimitCounter.findMany({ where: { key: { contains: serviceId } }, select: { count: true } }),
  ]);
  // A notification's delivery job: its own send-sms job, or a send-batch job that lists it.
  const jobs = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id JOIN notifications n
    ON j.key = 'send:' || n.id::text OR (t.identifier = 'send-batch' AND (j.payload::jsonb -> 'notificationIds') ? n.id::text)
    WHERE n.service_id = ${serviceId}::uuid`;
  return { notifications, jobs: jobs[0]?.n ?? 0, idempotencyKeys: keys, dailyCount: counters.reduce((sum, c) => sum + c.count, 0) };
}

// A trigger on graphile-worker's job table that fails (or stalls) jobs for one service's notifications.
async function sabotageJobs(serviceId: string, action: "fail" | "stall") {
  const body = action === "fail" ? "RAISE EXCEPTION 'simulated failure while queueing';" : "PERFORM pg_sleep(30);";
  await getDb().$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION public.test_sabotage_${serviceId.replace(/-/g, "_")}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM notifications WHERE (id::text = NEW.payload->>'notificationId' OR (NEW.payload::jsonb -> 'notificationIds') ? id::text) AND service_id = '${serviceId}') THEN ${body} END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER test_sabotage_${serviceId.replace(/-/g, "_")} BEFORE INSERT ON graphile_worker._private_jobs FOR EACH ROW EXECUTE FUNCTION public.test_sabotage_${serviceId.replace(/-/g, "_")}();`);
  return async () => {
    await getDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_sabotage_${serviceId.replace(/-/g, "_")} ON graphile_worker._private_jobs; DROP FUNCTION IF EXISTS public.test_sabotage_${serviceId.replace(/-/g, "_")}();`);
  };
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

describe("API hand-off", () => {
  it("stores the notification, its job, its daily count and its idempotency key together", async () => {
    const { caller, serviceId, body } = await setup();
    const result = await sendApiNotification({ caller, channel: "sms", body, idempotencyKey: "order-1" });
    expect(result.status).toBe(201);
    expect(await stored(serviceId)).toEqual({ notifications: 1, jobs: 1, idempotencyKeys: 1, dailyCount: 1 });
  });

  it("leaves nothing behind when queueing fails, and a retry with the same key then sends once", async () => {
    const { caller, serviceId, body } = await setup();
    cleanups.push(await sabotageJobs(serviceId, "fail"));
    await expect(sendApiNotification({ caller, channel: "sms", body, idempotencyKey: "order-2" })).rejects.toThrow(/simulated failure while queueing/);
    expect(await stored(serviceId)).toEqual({ notifications: 0, jobs: 0, idempotencyKeys: 0, dailyCount: 0 });
    await cleanups.pop()?.();
    const retry = await sendApiNotification({ caller, channel: "sms", body, idempotencyKey: "order-2" });
    expect(retry.replayed).toBe(false);
    const again = await sendApiNotification({ caller, channel: "sms", body, idempotencyKey: "order-2" });
    expect(again).toEqual({ ...retry, replayed: true });
    expect(await stored(serviceId)).toEqual({ notifications: 1, jobs: 1, idempotencyKeys: 1, dailyCount: 1 });
  });

  it.each([
    ["with an Idempotency-Key", "order-3", "notify_create_notification("],
    ["grouped, without a key", null, "notify_create_notifications("],
  ])("leaves nothing behind when the database connection is killed in the middle of the transaction (%s)", async (_, idempotencyKey, functionCalled) => {
    const { caller, serviceId, body } = await setup();
    cleanups.push(await sabotageJobs(serviceId, "stall"));
    const sending = sendApiNotification({ caller, channel: "sms", body, idempotencyKey }).then(
      () => "sent",
      (error: unknown) => `failed: ${String(error)}`,
    );
    // Wait until the transaction is stuck inside the job insert, then kill its connection.
    const admin = new Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    try {
      let killed = 0;
      for (let attempt = 0; attempt < 100 && killed === 0; attempt += 1) {
        const { rows } = await admin.query<{ killed: boolean }>(`SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE query LIKE $1 AND state = 'active' AND pid <> pg_backend_pid()`, [`%${functionCalled}%`]);
        killed = rows.filter((r) => r.killed).length;
        if (killed === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(killed).toBe(1);
    } finally {
      await admin.end();
    }
    expect(await sending).toMatch(/^failed/);
    await cleanups.pop()?.();
    expect(await stored(serviceId)).toEqual({ notifications: 0, jobs: 0, idempotencyKeys: 0, dailyCount: 0 });
  });
});

describe("API hand-off, grouped (group commit)", () => {
  const day = new Date(new Date().toISOString().slice(0, 10));

  async function rowFor(serviceId: string, templateId: string) {
    return { serviceId, notificationType: "sms" as const, templateId, templateVersion: 1, to: "+12025550123", normalisedTo: "+12025550123", keyType: "normal" as const, billableUnits: 1 };
  }

  it("stores concurrent sends in fewer transactions than sends, each with exactly one queued delivery", async () => {
    const { serviceId, body } = await setup();
    const row = await rowFor(serviceId, body.template_id);
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => insertNotificationGrouped(row, "send-sms", { dailyLimit: { key: `${serviceId}:sms`, limit: 1000, day } })));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(new Set(outcomes.map((o) => (o.ok ? o.id : ""))).size).toBe(40);
    expect(await stored(serviceId)).toEqual({ notifications: 40, jobs: 40, idempotencyKeys: 0, dailyCount: 40 });
    const [batches] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(DISTINCT j.id)::int AS n
      FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id JOIN notifications n
      ON t.identifier = 'send-batch' AND (j.payload::jsonb -> 'notificationIds') ? n.id::text WHERE n.service_id = ${serviceId}::uuid`;
    expect(batches?.n).toBeLessThan(40);
  });

  it("never passes the daily limit: of 12 concurrent sends with 5 left, exactly 5 are stored", async () => {
    const { serviceId, body } = await setup();
    const row = await rowFor(serviceId, body.template_id);
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => insertNotificationGrouped(row, "send-sms", { dailyLimit: { key: `${serviceId}:sms`, limit: 5, day } })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok && o.reason === "daily-limit")).toHaveLength(7);
    expect(await stored(serviceId)).toEqual({ notifications: 5, jobs: 5, idempotencyKeys: 0, dailyCount: 5 });
  });

  it("a send that fails doesn't take the others in its group with it", async () => {
    const good = await setup();
    const bad = await setup();
    cleanups.push(await sabotageJobs(bad.serviceId, "fail"));
    const goodRow = await rowFor(good.serviceId, good.body.template_id);
    const badRow = await rowFor(bad.serviceId, bad.body.template_id);
    const results = await Promise.allSettled([
      ...Array.from({ length: 5 }, () => insertNotificationGrouped(goodRow, "send-sms")),
      insertNotificationGrouped(badRow, "send-sms", { dailyLimit: { key: `${bad.serviceId}:sms`, limit: 100, day } }),
      ...Array.from({ length: 5 }, () => insertNotificationGrouped(goodRow, "send-sms")),
    ]);
    expect(results.map((r) => r.status)).toEqual([...Array(5).fill("fulfilled"), "rejected", ...Array(5).fill("fulfilled")]);
    expect(String((results[5] as PromiseRejectedResult).reason)).toMatch(/simulated failure while queueing/);
    expect(await stored(good.serviceId)).toEqual({ notifications: 10, jobs: 10, idempotencyKeys: 0, dailyCount: 0 });
    expect(await stored(bad.serviceId)).toEqual({ notifications: 0, jobs: 0, idempotencyKeys: 0, dailyCount: 0 });
  });

  it("a stuck transaction gives up its turn, so other sends go on", async () => {
    const stuck = await setup();
    const other = await setup();
    cleanups.push(await sabotageJobs(stuck.serviceId, "stall"));
    const stuckSend = insertNotificationGrouped(await rowFor(stuck.serviceId, stuck.body.template_id), "send-sms").then(
      () => "stored",
      () => "failed",
    );
    const started = Date.now();
    const outcome = await insertNotificationGrouped(await rowFor(other.serviceId, other.body.template_id), "send-sms");
    expect(outcome.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(SLOW_BATCH_MS + 3_000);
    // End the stuck one: its sender is told it failed, and nothing of it is left.
    const admin = new Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%notify_create_notifications(%' AND state = 'active' AND pid <> pg_backend_pid()`);
    await admin.end();
    expect(await stuckSend).toBe("failed");
    await cleanups.pop()?.();
    expect(await stored(stuck.serviceId)).toEqual({ notifications: 0, jobs: 0, idempotencyKeys: 0, dailyCount: 0 });
    expect(await stored(other.serviceId)).toMatchObject({ notifications: 1, jobs: 1 });
  }, 20_000);
});
