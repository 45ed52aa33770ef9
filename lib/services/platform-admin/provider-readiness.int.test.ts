// Test messages from the provider readiness page against PostgreSQL: stored as the built-in Notify
// service's messages from its provider test templates and queued for the worker, like any send.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { NOTIFY_SERVICE_ID, PLATFORM_TEMPLATES } from "../../domain/platform-templates";
import { testEmailSchema, testSmsSchema } from "../../schemas/provider-readiness";
import { createTestUser } from "../../../testing/factories";
import { queuedDeliveriesOf } from "../../../testing/queued-jobs";
import type { SessionUser } from "../auth/sessions";
import { sendTestEmail, sendTestSms } from "./provider-readiness";

async function actor(platformAdmin: boolean): Promise<SessionUser> {
  const user = await createTestUser({ platformAdmin });
  return { sessionId: randomUUID(), userId: user.id, name: "Ada Admin", emailAddress: user.emailAddress, platformAdmin };
}

async function stored(notificationId: string) {
  const notification = await getDb().notification.findUniqueOrThrow({ where: { id: notificationId }, select: { serviceId: true, templateId: true, notificationType: true, to: true, createdById: true } });
  return { notification, tasks: (await queuedDeliveriesOf(notificationId)).map((job) => job.task) };
}

describe("provider test messages", () => {
  it("stores and queues a test email and a test text as the Notify service's messages", async () => {
    const admin = await actor(true);
    const email = await sendTestEmail({ actor: admin, input: testEmailSchema.parse({ testEmailAddress: "Ops@Example.gov" }) });
    expect(await stored(email.notificationId)).toEqual({
      notification: { serviceId: NOTIFY_SERVICE_ID, templateId: PLATFORM_TEMPLATES.providerTestEmail.id, notificationType: "email", to: "ops@example.gov", createdById: admin.userId },
      tasks: ["send-batch"], // stored and queued as every send without an Idempotency-Key is
    });
    const sms = await sendTestSms({ actor: admin, input: testSmsSchema.parse({ testPhoneNumber: "(202) 555-0143" }) });
    expect(await stored(sms.notificationId)).toEqual({
      notification: { serviceId: NOTIFY_SERVICE_ID, templateId: PLATFORM_TEMPLATES.providerTestSms.id, notificationType: "sms", to: "+12025550143", createdById: admin.userId },
      tasks: ["send-batch"],
    });
  });

  it("is only for platform admins", async () => {
    const someone = await actor(false);
    const before = await getDb().notification.count({ where: { serviceId: NOTIFY_SERVICE_ID, templateId: PLATFORM_TEMPLATES.providerTestEmail.id } });
    await expect(sendTestEmail({ actor: someone, input: { testEmailAddress: "ops@example.gov" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().notification.count({ where: { serviceId: NOTIFY_SERVICE_ID, templateId: PLATFORM_TEMPLATES.providerTestEmail.id } })).toBe(before);
  });
});
