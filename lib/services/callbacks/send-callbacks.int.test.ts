// Callbacks against a real local HTTP server and database: Notify's JSON and bearer token, retry
// on 5xx/429/timeouts (re-queued 300 s later, five times), drop on other 4xx, and the whole path
// from a send through the worker to the service's callback URL.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { upsertServiceCallback } from "../../db/callbacks";
import { getDb } from "../../db/client";
import { getEnv } from "../../env";
import { enqueue } from "../../jobs/enqueue";
import { encrypt } from "../../security/encryption";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { startWorker } from "../../../jobs/worker";
import { applyProviderReceipts } from "../receipts/apply-receipts";
import { sendComplaintCallback, sendDeliveryStatusCallback } from "./send-callbacks";

type Received = { headers: IncomingMessage["headers"]; body: Record<string, unknown> };
let server: Server;
let baseUrl: string;
const received: Received[] = [];
let reply: { status: number; delayMs?: number } = { status: 200 };

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = "";
    req.on("data", (chunk: Buffer) => (data += chunk.toString()));
    req.on("end", () => {
      received.push({ headers: req.headers, body: JSON.parse(data || "{}") as Record<string, unknown> });
      setTimeout(() => res.writeHead(reply.status).end(), reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
  reply = { status: 200 };
});

async function serviceWithCallback(type: "delivery_status" | "complaint" = "delivery_status") {
  const user = await createTestUser();
  const service = await createTestService(user.id);
  await upsertServiceCallback(service.id, type, `${baseUrl}/callbacks/${service.id}`, encrypt("secret-bearer-token-123", getEnv().ENCRYPTION_KEY));
  const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hello" });
  return { service, user, template };
}

async function deliveredNotification() {
  const { service, template } = await serviceWithCallback();
  const { id } = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550123" });
  await getDb().notification.update({ where: { id }, data: { status: "delivered", clientReference: "my-ref", sentAt: new Date(), deliveredAt: new Date() } });
  return { id, service, template };
}

const retryJobs = (id: string) =>
  getDb().$queryRaw<{ payload: { retry: number }; run_at: Date }[]>`SELECT payload, run_at FROM graphile_worker._private_jobs WHERE key = ${`callback:${id}:retry`}`;

describe("sendDeliveryStatusCallback", () => {
  it("POSTs Notify's delivery-status JSON with the bearer token", async () => {
    const { id, template } = await deliveredNotification();
    expect(await sendDeliveryStatusCallback({ notificationId: id })).toBe("sent");
    expect(received).toHaveLength(1);
    expect(received[0]?.headers.authorization).toBe("Bearer secret-bearer-token-123");
    expect(received[0]?.headers["content-type"]).toBe("application/json");
    expect(received[0]?.body).toEqual({
      id,
      reference: "my-ref",
      to: "+12025550123",
      status: "delivered",
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
      completed_at: expect.stringMatching(/Z$/),
      sent_at: expect.stringMatching(/Z$/),
      notification_type: "sms",
      template_id: template.id,
      template_version: 1,
    });
  });

  it.each([500, 503, 429])("re-queues the callback 300 s later on HTTP %s", async (status) => {
    reply = { status };
    const { id } = await deliveredNotification();
    expect(await sendDeliveryStatusCallback({ notificationId: id })).toBe("retry-queued");
    const [job] = await retryJobs(id);
    expect(job?.payload.retry).toBe(1);
    expect(job!.run_at.getTime() - Date.now()).toBeGreaterThan(290_000);
  });

  it("retries a timeout, and gives up after the fifth retry", async () => {
    reply = { status: 200, delayMs: 500 };
    const { id } = await deliveredNotification();
    expect(await sendDeliveryStatusCallback({ notificationId: id }, { timeoutMs: 100 })).toBe("retry-queued");
    expect(await sendDeliveryStatusCallback({ notificationId: id, retry: 5 }, { timeoutMs: 100 })).toBe("gave-up");
  });

  it.each([400, 401, 404])("drops the callback on HTTP %s", async (status) => {
    reply = { status };
    const { id } = await deliveredNotification();
    expect(await sendDeliveryStatusCallback({ notificationId: id })).toBe("dropped");
    expect(await retryJobs(id)).toEqual([]);
  });

  it("sends nothing for a service without a callback or a notification that isn't final", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hi" });
    const { id } = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550123" });
    expect(await sendDeliveryStatusCallback({ notificationId: id })).toBe("not-final");
    await getDb().notification.update({ where: { id }, data: { status: "delivered" } });
    expect(await sendDeliveryStatusCallback({ notificationId: id })).toBe("no-callback");
    expect(received).toHaveLength(0);
  });
});

describe("sendComplaintCallback", () => {
  it("POSTs the complaint JSON", async () => {
    const { service, template } = await serviceWithCallback("complaint");
    const { id } = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550123" });
    await getDb().notification.update({ where: { id }, data: { status: "delivered", reference: "ses-cb-complaint" } });
    await applyProviderReceipts([{ kind: "complaint", providerReference: "ses-cb-complaint", feedbackId: "fb-cb", complaintDate: new Date().toISOString() }]);
    const complaint = await getDb().complaint.findFirstOrThrow({ where: { notificationId: id } });
    expect(await sendComplaintCallback({ complaintId: complaint.id })).toBe("sent");
    expect(received[0]?.body).toMatchObject({ notification_id: id, complaint_id: complaint.id, to: "+12025550123", complaint_date: expect.stringMatching(/Z$/) });
  });
});

describe("callbacks through the worker", () => {
  it("sends an SMS through the local provider and POSTs 'delivered' to the service", async () => {
    const { service, template } = await serviceWithCallback();
    const { id } = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550188" });
    const worker = await startWorker({ pollInterval: 100 });
    try {
      await enqueue("send-sms", { notificationId: id });
      const deadline = Date.now() + 20_000;
      while (!received.some((r) => r.body.id === id) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await worker.stop();
    }
    expect(received.find((r) => r.body.id === id)?.body).toMatchObject({ id, status: "delivered", notification_type: "sms" });
  });
});
