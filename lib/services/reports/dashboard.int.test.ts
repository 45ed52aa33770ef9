// The dashboard's numbers against the database for a seeded mix of statuses, and activity search.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { toDbStatus } from "../../db/status-names";
import type { NotificationStatusName } from "../../domain/notifications/status";
import { addTestMember, createTestActor, createTestNotification, createTestService, createTestTemplate, rejectionCode } from "../../../testing/factories";
import { getActivity, getDashboard } from "./dashboard";

async function seeded() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  const sms = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hi" });
  const email = await createTestTemplate(service.id, owner.userId, { type: "email", subject: "S", content: "Hi" });
  const mix: [string, "sms" | "email", NotificationStatusName, string][] = [
    [sms.id, "sms", "delivered", "+12025550134"],
    [sms.id, "sms", "delivered", "+12025550135"],
    [sms.id, "sms", "sending", "+12025550136"],
    [sms.id, "sms", "permanent-failure", "+12025550137"],
    [sms.id, "sms", "technical-failure", "+12025550138"],
    [email.id, "email", "delivered", "a@agency.gov"],
    [email.id, "email", "temporary-failure", "b@agency.gov"],
    [email.id, "email", "created", "c@agency.gov"],
  ];
  for (const [templateId, type, status, to] of mix) {
    const { id } = await createTestNotification({ serviceId: service.id, templateId, type, to });
    await getDb().notification.update({ where: { id }, data: { status: toDbStatus(status), normalisedTo: to.toLowerCase() } });
  }
  // Old and test-key messages don't count.
  const old = await createTestNotification({ serviceId: service.id, templateId: sms.id, type: "sms", to: "+12025550139" });
  await getDb().notification.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 8 * 86_400_000) } });
  const test = await createTestNotification({ serviceId: service.id, templateId: sms.id, type: "sms", to: "+12025550140" });
  await getDb().notification.update({ where: { id: test.id }, data: { keyType: "test" } });
  return { owner, serviceId: service.id };
}

describe("dashboard and activity", () => {
  it("counts the last 7 days by channel and status, as the database has them", async () => {
    const { owner, serviceId } = await seeded();
    const dashboard = await getDashboard({ actor: owner, serviceId });
    expect(dashboard.totals).toEqual({ sms: { sending: 1, delivered: 2, failed: 2, total: 5 }, email: { sending: 1, delivered: 1, failed: 1, total: 3 } });
    const since = new Date(Date.now() - 7 * 86_400_000);
    const inDb = await getDb().notification.count({ where: { serviceId, createdAt: { gte: since }, keyType: { not: "test" } } });
    expect(dashboard.totals.sms.total + dashboard.totals.email.total).toBe(inDb);
    expect(dashboard.recentFailures.map((r) => r.status).sort()).toEqual(["permanent-failure", "technical-failure", "temporary-failure"]);
  });

  it("filters and searches messages, matching phone numbers however they're written", async () => {
    const { owner, serviceId } = await seeded();
    expect((await getActivity({ actor: owner, serviceId, channel: "sms", group: "failed" })).total).toBe(2);
    expect((await getActivity({ actor: owner, serviceId, group: "delivered" })).total).toBe(3);
    const found = await getActivity({ actor: owner, serviceId, search: "(202) 555-0134" });
    expect(found.rows.map((r) => r.to)).toEqual(["+12025550134"]);
    expect((await getActivity({ actor: owner, serviceId, search: "A@Agency.gov" })).total).toBe(1);
  });

  it("needs 'See dashboard'", async () => {
    const { serviceId } = await seeded();
    const sender = await createTestActor();
    await addTestMember(serviceId, sender.userId, ["send_texts", "send_emails"]);
    expect(await rejectionCode(getDashboard({ actor: sender, serviceId }))).toBe("FORBIDDEN");
    expect(await rejectionCode(getActivity({ actor: sender, serviceId }))).toBe("FORBIDDEN");
  });
});
