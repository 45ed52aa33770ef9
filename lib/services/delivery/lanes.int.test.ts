// Delivery lanes against PostgreSQL and the real worker: a priority message overtakes a queued
// bulk backlog, two services' spreadsheet jobs take turns, and a rate-limited sender shared by
// both lanes keeps its limit while the priority message takes its next slot.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { resetEnvCache } from "../../env";
import { enqueue } from "../../jobs/enqueue";
import { createTestActor, createTestNotification, createTestService, createTestTemplate } from "../../../testing/factories";
import { startWorker } from "../../../jobs/worker";
import { processJob } from "../bulk/process-job";
import { startJob, uploadSpreadsheet } from "../bulk/uploads";
import type { ApiCaller } from "../api-keys/authenticate";
import { sendApiNotification } from "../notifications/send-api-notification";
import { sendOneOff } from "../notifications/send-one-off";

const db = getDb();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function serviceWithTemplate(options: { smsLimit?: number } = {}) {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  await db.service.update({ where: { id: service.id }, data: { restricted: false, smsMessageLimit: options.smsLimit ?? 100_000 } });
  const template = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hello ((name))" });
  return { owner, serviceId: service.id, templateId: template.id };
}

async function waitUntilSent(ids: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await db.notification.count({ where: { id: { in: ids }, sentAt: { not: null } } })) < ids.length) {
    if (Date.now() > deadline) throw new Error("messages were not all sent in time");
    await sleep(100);
  }
  const rows = await db.notification.findMany({ where: { id: { in: ids } }, select: { id: true, sentAt: true } });
  return new Map(rows.map((row) => [row.id, row.sentAt!.getTime()]));
}

/** Waiting send jobs in the order graphile-worker will take them, with the service and job each is for. */
async function queueOrder(serviceIds: string[]) {
  return db.$queryRaw<{ service_id: string; job_id: string | null; priority: number }[]>`
    SELECT j.payload->>'serviceId' AS service_id, j.payload->>'jobId' AS job_id, j.priority FROM graphile_worker._private_jobs j
    WHERE j.payload->>'serviceId' = ANY(${serviceIds}) AND j.locked_at IS NULL ORDER BY j.priority, j.run_at, j.id`;
}

function csv(rows: number): Uint8Array {
  const lines = ["phone number,name"];
  for (let i = 0; i < rows; i += 1) lines.push(`+1202555${String(1000 + i).padStart(4, "0")},Person ${i}`);
  return new TextEncoder().encode(lines.join("\n"));
}

async function fanOutJob(sender: Awaited<ReturnType<typeof serviceWithTemplate>>, rows: number) {
  const { uploadId } = await uploadSpreadsheet({ actor: sender.owner, serviceId: sender.serviceId, templateId: sender.templateId, fileName: "people.csv", bytes: csv(rows) });
  // Scheduled, so the fan-out below runs here rather than in a worker.
  const { jobId } = await startJob({ actor: sender.owner, serviceId: sender.serviceId, uploadId, scheduledFor: new Date(Date.now() + 3_600_000) });
  expect(await processJob(jobId, { batchSize: 1000 })).toBe("finished");
  return jobId;
}

/** The lane flags of the delivery jobs queued for a service's notifications (batches and single sends). */
async function queuedLanes(serviceId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ lanes: string }[]>`
    SELECT string_agg(DISTINCT flag, ',' ORDER BY flag) AS lanes FROM graphile_worker._private_jobs j, jsonb_object_keys(j.flags) AS flag
    WHERE flag LIKE 'lane:%' AND (j.payload->>'serviceId' = ${serviceId} OR j.payload->>'notificationId' IN (SELECT id::text FROM notifications WHERE service_id = ${serviceId}::uuid))`;
  return rows[0]?.lanes ? rows[0].lanes.split(",") : [];
}

afterEach(() => {
  delete process.env.WORKER_CONCURRENCY;
  delete process.env.WORKER_PRIORITY_SLOTS;
  resetEnvCache();
});

describe("a message's lane", () => {
  it.each([
    ["authentication", "single", "lane:priority"],
    ["alert", "job", "lane:priority"],
    ["reminder", "single", "lane:normal"],
    ["reminder", "job", "lane:bulk"],
    ["information", "single", "lane:bulk"],
  ] as const)("%s template, %s send: queued in %s", async (category, how, flag) => {
    const sender = await serviceWithTemplate();
    await db.template.update({ where: { id: sender.templateId }, data: { category } });
    if (how === "single") {
      const caller: ApiCaller = { serviceId: sender.serviceId, serviceName: "", apiKeyId: randomUUID(), keyType: "normal", rateLimit: 3000 };
      expect((await sendApiNotification({ caller, channel: "sms", body: { phone_number: "+12025550188", template_id: sender.templateId, personalisation: { name: "Ada" } } })).status).toBe(201);
      await sendOneOff({ actor: sender.owner, serviceId: sender.serviceId, templateId: sender.templateId, recipient: "+12025550189", values: { name: "Ada" }, scheduledFor: null });
    } else {
      await fanOutJob(sender, 3);
    }
    expect(await queuedLanes(sender.serviceId)).toEqual([flag]);
  });

  it("a platform admin's lane wins over the category's", async () => {
    const sender = await serviceWithTemplate();
    await db.template.update({ where: { id: sender.templateId }, data: { category: "information", laneOverride: "priority" } });
    await sendOneOff({ actor: sender.owner, serviceId: sender.serviceId, templateId: sender.templateId, recipient: "+12025550190", values: { name: "Ada" }, scheduledFor: null });
    expect(await queuedLanes(sender.serviceId)).toEqual(["lane:priority"]);
  });
});

describe("delivery lanes", () => {
  it("delivers a priority message ahead of a bulk backlog queued before it", async () => {
    process.env.WORKER_CONCURRENCY = "2";
    process.env.WORKER_PRIORITY_SLOTS = "1";
    resetEnvCache();
    const { serviceId, templateId } = await serviceWithTemplate();
    const backlog: string[] = [];
    for (let i = 0; i < 40; i += 1) backlog.push((await createTestNotification({ serviceId, templateId, type: "sms", to: `+1202555${2000 + i}` })).id);
    for (const id of backlog) await enqueue("send-batch", { notificationIds: [id], serviceId }, { lane: "bulk" });
    const code = (await createTestNotification({ serviceId, templateId, type: "sms", to: "+12025553000" })).id;
    await enqueue("send-sms", { notificationId: code }, { lane: "priority", jobKey: `send:${code}` });

    const worker = await startWorker({ pollInterval: 100 });
    const sent = await waitUntilSent([...backlog, code]).finally(() => worker.stop());
    const bulkBefore = backlog.filter((id) => sent.get(id)! < sent.get(code)!).length;
    // Queued last, sent among the first: at most the bulk batches already running when it came.
    expect(bulkBefore).toBeLessThanOrEqual(2);
  });

  it("gives two services' jobs turns: the second job's first batch is next, not after the first job", async () => {
    const first = await serviceWithTemplate();
    const second = await serviceWithTemplate();
    const firstJob = await fanOutJob(first, 6_000);
    const secondJob = await fanOutJob(second, 2_500);
    const order = await queueOrder([first.serviceId, second.serviceId]);
    expect(order.map((row) => (row.job_id === firstJob ? "A" : row.job_id === secondJob ? "B" : "?")).join("")).toBe("ABABABAAA");

    // A second job (C) of the first service: each round gives that service one turn, its jobs
    // alternating, and the other service one: A B | B C | A B | C | A A A A.
    const thirdJob = await fanOutJob(first, 1_500);
    const again = await queueOrder([first.serviceId, second.serviceId]);
    expect(again.map((row) => (row.job_id === firstJob ? "A" : row.job_id === secondJob ? "B" : row.job_id === thirdJob ? "C" : "?")).join("")).toBe("ABBCABCAAAA");
  });

  it("keeps a shared sender's limit with both lanes busy, the priority message taking its next slot", async () => {
    const { serviceId, templateId } = await serviceWithTemplate();
    await db.serviceSmsSender.create({ data: { serviceId, smsSender: "+18445550177", isDefault: true, originationIdentity: `pool-${serviceId}`, messagesPerSecond: 5 } });
    const backlog: string[] = [];
    for (let i = 0; i < 30; i += 1) backlog.push((await createTestNotification({ serviceId, templateId, type: "sms", to: `+1202555${4000 + i}` })).id);
    for (let i = 0; i < backlog.length; i += 10) await enqueue("send-batch", { notificationIds: backlog.slice(i, i + 10), serviceId }, { lane: "bulk" });

    const worker = await startWorker({ pollInterval: 100 });
    try {
      await sleep(2_000); // the bulk lane is sending at the limit
      const code = (await createTestNotification({ serviceId, templateId, type: "sms", to: "+12025555000" })).id;
      const queuedAt = Date.now();
      await enqueue("send-sms", { notificationId: code }, { lane: "priority", jobKey: `send:${code}` });
      const sent = await waitUntilSent([...backlog, code]);
      // Its wait: the bulk lane books at most a second ahead, then the next slot is its.
      expect(sent.get(code)! - queuedAt).toBeLessThan(2_000);
      const times = [...sent.values()].sort((a, b) => a - b);
      for (const start of times) expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(10);
      // 31 messages at 5 a second after a one-second burst of 5: about 5 seconds, not much faster.
      expect((times.at(-1)! - times[0]!) / 1000).toBeGreaterThan(4.5);
    } finally {
      await worker.stop();
    }
  });
});
