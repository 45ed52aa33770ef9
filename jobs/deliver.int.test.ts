// The worker end to end: a persisted notification is queued, the real graphile-worker runs the
// send task, the local provider writes it to the outbox, and the simulated receipt marks it delivered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../lib/db/client";
import { findOutboxMessageByReference } from "../lib/db/outbox";
import { enqueue } from "../lib/jobs/enqueue";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../testing/factories";
import { startWorker, type RunningWorker } from "./worker";

async function waitForStatus(id: string, statuses: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await getDb().notification.findUniqueOrThrow({ where: { id }, select: { status: true, reference: true, sentAt: true, deliveredAt: true, sentBy: true, failedAt: true } });
    if (statuses.includes(row.status)) return row;
    if (Date.now() > deadline) throw new Error(`notification stayed ${row.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("delivering a notification through the worker", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({ pollInterval: 100 });
  });
  afterAll(async () => {
    await worker.stop();
  });

  it("sends an SMS to the outbox and records it delivered", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hi ((Name)), your code is ((code))" });
    const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550199", personalisation: { name: "Ada", code: "123456" } });

    await enqueue("send-sms", { notificationId: notification.id }, { jobKey: `send:${notification.id}` });
    const row = await waitForStatus(notification.id, ["delivered"]);

    expect(row.sentBy).toBe("local");
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.deliveredAt).toBeInstanceOf(Date);
    const outbox = await findOutboxMessageByReference(row.reference ?? "");
    expect(outbox).toMatchObject({ channel: "sms", to: "+12025550199" });
    expect(outbox?.body).toBe(`${service.name}: Hi Ada, your code is 123456`);
  });

  it("sends an email with its subject to the outbox", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const template = await createTestTemplate(service.id, user.id, { type: "email", subject: "Hello ((name))", content: "Your reference is ((ref))." });
    const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "email", to: "ada@example.gov", personalisation: { name: "Ada", ref: "ABC-1" } });

    await enqueue("send-email", { notificationId: notification.id });
    const row = await waitForStatus(notification.id, ["delivered"]);
    const outbox = await findOutboxMessageByReference(row.reference ?? "");
    expect(outbox).toMatchObject({ channel: "email", to: "ada@example.gov", subject: "Hello Ada" });
    expect(outbox?.body).toContain("Your reference is ABC-1.");
    expect(outbox?.sender).toBe(`"${service.name}" <${service.emailFrom}@notify.example.gov>`);
  });

  it("marks a notification from a suspended service technical-failure without sending", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id, { active: false });
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hello" });
    const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550198" });
    const before = await getDb().outboxMessage.count();

    await enqueue("send-sms", { notificationId: notification.id });
    const row = await waitForStatus(notification.id, ["technical_failure"]);
    expect(row.failedAt).toBeInstanceOf(Date);
    expect(await getDb().outboxMessage.count()).toBe(before);
  });

  it.each([
    ["+12025550100", "delivered"],
    ["+12025550101", "permanent_failure"],
    ["+12025550102", "temporary_failure"],
  ])("sends nothing to the simulated number %s and records %s", async (to, status) => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Simulated" });
    const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to });
    await enqueue("send-sms", { notificationId: notification.id });
    const row = await waitForStatus(notification.id, [status]);
    expect(row.sentBy).toBe("simulated");
    expect(await getDb().outboxMessage.count({ where: { to } })).toBe(0);
  });

  it("never sends the same notification twice", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Once only" });
    const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550197" });
    await enqueue("send-sms", { notificationId: notification.id });
    await waitForStatus(notification.id, ["delivered"]);
    await enqueue("send-sms", { notificationId: notification.id });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await getDb().outboxMessage.count({ where: { to: "+12025550197" } })).toBe(1);
  });
});
