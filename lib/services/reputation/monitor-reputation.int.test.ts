// The reputation monitor against PostgreSQL: rates from notifications and complaints, one warning
// email per crossing across many runs, clearing below the threshold, and the platform admins' view
// and pause (audited, refused to anyone else).
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { NOTIFY_SERVICE_ID, PLATFORM_TEMPLATES } from "../../domain/platform-templates";
import { addTestMember, createTestActor, createTestService, createTestTemplate, createTestUser, rejectionCode } from "../../../testing/factories";
import { setServiceSuspended } from "../platform-admin/services";
import { getDashboard } from "../reports/dashboard";
import { monitorReputation } from "./monitor-reputation";
import { listReputationForPlatformAdmin } from "./reputation";

const DAY_MS = 86_400_000;

async function seededService() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  const email = await createTestTemplate(service.id, owner.userId, { type: "email", subject: "S", content: "Hi" });
  const sms = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hi" });
  return { owner, serviceId: service.id, emailTemplateId: email.id, smsTemplateId: sms.id };
}

type Seed = Awaited<ReturnType<typeof seededService>>;

/** `count` messages of one kind, straight into the table (the monitor reads only what is stored). */
async function addMessages(
  seed: Seed,
  count: number,
  options: { type?: "sms" | "email"; status?: "delivered" | "permanent_failure" | "technical_failure" | "cancelled"; sender?: string | null; createdAt?: Date; keyType?: "normal" | "test" } = {},
): Promise<string[]> {
  const type = options.type ?? "email";
  const rows = Array.from({ length: count }, (_, i) => ({
    serviceId: seed.serviceId,
    notificationType: type,
    templateId: type === "email" ? seed.emailTemplateId : seed.smsTemplateId,
    templateVersion: 1,
    to: type === "email" ? `person${i}@example.gov` : "+12025550134",
    status: options.status ?? "delivered",
    keyType: options.keyType ?? "normal",
    replyToText: options.sender ?? null,
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  }));
  const created = await getDb().notification.createManyAndReturn({ data: rows, select: { id: true } });
  return created.map((r) => r.id);
}

async function addComplaints(seed: Seed, notificationIds: readonly string[]) {
  await getDb().complaint.createMany({ data: notificationIds.map((notificationId) => ({ notificationId, serviceId: seed.serviceId, complaintDate: new Date() })) });
}

async function warningsTo(emailAddress: string): Promise<number> {
  return getDb().notification.count({ where: { serviceId: NOTIFY_SERVICE_ID, templateId: PLATFORM_TEMPLATES.reputationWarning.id, to: emailAddress } });
}

async function reputationOf(serviceId: string) {
  return getDb().serviceReputation.findUniqueOrThrow({ where: { serviceId } });
}

describe("reputation monitor", () => {
  it("computes bounce, complaint and per-sender text failure rates from the last 7 days", async () => {
    const seed = await seededService();
    await addMessages(seed, 190);
    await addMessages(seed, 8, { status: "permanent_failure" });
    const complained = await addMessages(seed, 2);
    await addComplaints(seed, complained);
    // Not counted: test-key messages, messages older than the window, refused or cancelled ones.
    await addMessages(seed, 50, { status: "permanent_failure", keyType: "test" });
    await addMessages(seed, 50, { status: "permanent_failure", createdAt: new Date(Date.now() - 8 * DAY_MS) });
    await addMessages(seed, 5, { status: "technical_failure" });
    await addMessages(seed, 5, { status: "cancelled" });
    await addMessages(seed, 40, { type: "sms", sender: "+18335550100" });
    await addMessages(seed, 10, { type: "sms", sender: "+18335550100", status: "permanent_failure" });
    await addMessages(seed, 3, { type: "sms" });

    await monitorReputation();
    const row = await reputationOf(seed.serviceId);
    expect(row).toMatchObject({ emailsSent: 200, bounced: 8, complained: 2, bounceRate: 0.04, complaintRate: 0.01, textsSent: 53, textsFailed: 10, state: "critical", windowHours: 168 });
    expect(row.senders).toEqual([
      { sender: "+18335550100", sent: 50, failed: 10 },
      { sender: "", sent: 3, failed: 0 },
    ]);
    // Running again counts the same (hours are recounted, not added to).
    await monitorReputation();
    expect(await reputationOf(seed.serviceId)).toMatchObject({ emailsSent: 200, bounced: 8, complained: 2, textsSent: 53 });
  });

  it("warns the managers once per crossing, shows it on the dashboard, and clears below the threshold", async () => {
    const seed = await seededService();
    const viewer = await createTestUser();
    await addTestMember(seed.serviceId, viewer.id, ["view_activity"]);
    await addMessages(seed, 94);
    await addMessages(seed, 6, { status: "permanent_failure" });

    for (let run = 0; run < 3; run += 1) await monitorReputation();
    expect(await reputationOf(seed.serviceId)).toMatchObject({ state: "warning", bounced: 6, emailsSent: 100 });
    expect((await reputationOf(seed.serviceId)).warnedAt).toBeInstanceOf(Date);
    expect(await warningsTo(seed.owner.emailAddress)).toBe(1);
    expect(await warningsTo(viewer.emailAddress)).toBe(0);
    expect((await getDashboard({ actor: seed.owner, serviceId: seed.serviceId })).reputation).toMatchObject({ state: "warning", bounceRate: 0.06 });

    // More sends, the rate falls below 5 %: back to ok, no email.
    await addMessages(seed, 100);
    await monitorReputation();
    expect(await reputationOf(seed.serviceId)).toMatchObject({ state: "ok", warnedAt: null });
    expect(await warningsTo(seed.owner.emailAddress)).toBe(1);

    // A new crossing warns again, once.
    await addMessages(seed, 10, { status: "permanent_failure" });
    await monitorReputation();
    await monitorReputation();
    expect(await reputationOf(seed.serviceId)).toMatchObject({ state: "warning" });
    expect(await warningsTo(seed.owner.emailAddress)).toBe(2);

    // Crossing the pause threshold (36 of 230) warns once more.
    await addMessages(seed, 20, { status: "permanent_failure" });
    await monitorReputation();
    await monitorReputation();
    expect(await reputationOf(seed.serviceId)).toMatchObject({ state: "critical" });
    expect(await warningsTo(seed.owner.emailAddress)).toBe(3);
  });

  it("leaves a service with few emails ok", async () => {
    const seed = await seededService();
    await addMessages(seed, 5);
    await addMessages(seed, 5, { status: "permanent_failure" });
    await monitorReputation();
    expect(await reputationOf(seed.serviceId)).toMatchObject({ state: "ok", bounceRate: 0.5 });
    expect(await warningsTo(seed.owner.emailAddress)).toBe(0);
  });

  it("lists every service worst first with the platform's totals; platform admins pause a service, audited", async () => {
    const admin = await createTestActor({ platformAdmin: true });
    const bad = await seededService();
    await addMessages(bad, 80);
    await addMessages(bad, 20, { status: "permanent_failure" });
    const good = await seededService();
    await addMessages(good, 100);
    await monitorReputation();

    const { platform, services } = await listReputationForPlatformAdmin({ actor: admin });
    const order = services.map((s) => s.serviceId);
    expect(order.indexOf(bad.serviceId)).toBeLessThan(order.indexOf(good.serviceId));
    expect(services.find((s) => s.serviceId === bad.serviceId)).toMatchObject({ state: "critical", bounceRate: 0.2, active: true });
    expect(platform.emailsSent).toBe(services.reduce((n, s) => n + s.emailsSent, 0));
    expect(platform.bounced).toBeGreaterThanOrEqual(20);

    await setServiceSuspended({ actor: admin, serviceId: bad.serviceId, isSuspended: true, reason: "reputation" });
    expect(await getDb().service.findUniqueOrThrow({ where: { id: bad.serviceId }, select: { active: true } })).toEqual({ active: false });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { serviceId: bad.serviceId, eventType: "service-suspended", userId: admin.userId }, select: { data: true } });
    expect(event.data).toEqual({ reason: "reputation" });
  });

  it("refuses anyone who isn't a platform admin", async () => {
    const seed = await seededService();
    expect(await rejectionCode(listReputationForPlatformAdmin({ actor: seed.owner }))).toBe("NOT_FOUND");
    expect(await rejectionCode(setServiceSuspended({ actor: seed.owner, serviceId: seed.serviceId, isSuspended: true, reason: "reputation" }))).toBe("NOT_FOUND");
    expect(await getDb().auditEvent.count({ where: { serviceId: seed.serviceId, eventType: "service-suspended" } })).toBe(0);
  });
});
