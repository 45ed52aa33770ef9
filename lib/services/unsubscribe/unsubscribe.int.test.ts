// One-click unsubscribe against the database: recording through a signed link (idempotent, forged
// and unknown links refused alike, nothing stored for either), batching into reports, the CSV, the
// processed mark, permissions and the 90-day retention.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addTestMember, createTestActor, createTestNotification, createTestService, createTestTemplate, rejectionCode } from "../../../testing/factories";
import { getDb } from "../../db/client";
import { getEnv } from "../../env";
import { unsubscribeToken } from "../../security/unsubscribe-link";
import { purgeExpiredNotifications } from "../retention/purge-expired-notifications";
import { checkUnsubscribeLink, recordUnsubscribeRequest } from "./unsubscribe-requests";
import {
  countRecentUnsubscribeRequests,
  createUnsubscribeRequestReport,
  downloadUnsubscribeRequestReport,
  getUnsubscribeRequestReport,
  listUnsubscribeRequestReports,
  markUnsubscribeRequestReport,
} from "./unsubscribe-reports";

const clientKey = () => `test-${randomUUID()}`;

async function seeded() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  const template = await createTestTemplate(service.id, owner.userId, { type: "email", subject: "News", content: "Hello", hasUnsubscribeLink: true });
  await getDb().template.update({ where: { id: template.id }, data: { name: "=HYPERLINK(\"x\")" } });
  await getDb().templateHistory.update({ where: { id_version: { id: template.id, version: 1 } }, data: { name: "=HYPERLINK(\"x\")" } });
  const email = async (to: string) => {
    const { id } = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "email", to });
    return { id, token: unsubscribeToken(id, to, getEnv().ENCRYPTION_KEY) };
  };
  return { owner, serviceId: service.id, templateId: template.id, email };
}

const countFor = (serviceId: string) => getDb().unsubscribeRequest.count({ where: { serviceId } });

describe("recording unsubscribe requests", () => {
  it("records one request per email, however often the link is used", async () => {
    const { serviceId, templateId, email } = await seeded();
    const sent = await email("Resident@Example.gov");
    expect(await checkUnsubscribeLink({ notificationId: sent.id, token: sent.token, clientKey: clientKey() })).toBe("valid");
    expect(await countFor(serviceId)).toBe(0); // checking a link (the GET page) records nothing
    expect(await recordUnsubscribeRequest({ notificationId: sent.id, token: sent.token, clientKey: clientKey() })).toBe("recorded");
    expect(await recordUnsubscribeRequest({ notificationId: sent.id.toUpperCase(), token: sent.token, clientKey: clientKey() })).toBe("recorded");
    const rows = await getDb().unsubscribeRequest.findMany({ where: { serviceId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ notificationId: sent.id, templateId, templateVersion: 1, emailAddress: "Resident@Example.gov", reportId: null });
  });

  it("answers a forged token, another email's token and an unknown id alike, storing nothing", async () => {
    const { serviceId, email } = await seeded();
    const a = await email("a@example.gov");
    const b = await email("b@example.gov");
    const unknown = randomUUID();
    const cases = [
      { notificationId: a.id, token: b.token },
      { notificationId: a.id, token: `${a.token.slice(0, -2)}xx` },
      { notificationId: unknown, token: unsubscribeToken(unknown, "a@example.gov", getEnv().ENCRYPTION_KEY) },
      { notificationId: "not-a-uuid", token: a.token },
      { notificationId: a.id, token: "" },
    ];
    for (const link of cases) {
      expect(await checkUnsubscribeLink({ ...link, clientKey: clientKey() })).toBe("invalid");
      expect(await recordUnsubscribeRequest({ ...link, clientKey: clientKey() })).toBe("invalid");
    }
    expect(await countFor(serviceId)).toBe(0);
  });

  it("still works once the email has moved to history at the end of its retention (the link carries the address)", async () => {
    const { serviceId, templateId, email } = await seeded();
    const sent = await email("later@example.gov");
    await getDb().notification.update({ where: { id: sent.id }, data: { createdAt: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000) } });
    await purgeExpiredNotifications();
    expect(await getDb().notification.count({ where: { id: sent.id } })).toBe(0);
    expect(await checkUnsubscribeLink({ notificationId: sent.id, token: sent.token, clientKey: clientKey() })).toBe("valid");
    expect(await recordUnsubscribeRequest({ notificationId: sent.id, token: sent.token, clientKey: clientKey() })).toBe("recorded");
    expect(await getDb().unsubscribeRequest.findMany({ where: { serviceId }, select: { notificationId: true, templateId: true, emailAddress: true } })).toEqual([
      { notificationId: sent.id, templateId, emailAddress: "later@example.gov" },
    ]);
  });

  it("refuses a text message's id even with a correctly signed token", async () => {
    const { owner, serviceId } = await seeded();
    const sms = await createTestTemplate(serviceId, owner.userId, { type: "sms", content: "Hi" });
    const { id } = await createTestNotification({ serviceId, templateId: sms.id, type: "sms", to: "+12025550123" });
    expect(await recordUnsubscribeRequest({ notificationId: id, token: unsubscribeToken(id, "+12025550123", getEnv().ENCRYPTION_KEY), clientKey: clientKey() })).toBe("invalid");
    expect(await countFor(serviceId)).toBe(0);
  });

  it("limits requests per client address", async () => {
    const { email } = await seeded();
    const sent = await email("limit@example.gov");
    const key = clientKey();
    for (let i = 0; i < 120; i++) await checkUnsubscribeLink({ notificationId: sent.id, token: sent.token, clientKey: key });
    expect(await rejectionCode(recordUnsubscribeRequest({ notificationId: sent.id, token: sent.token, clientKey: key }))).toBe("RATE_LIMITED");
  });
});

describe("unsubscribe request reports", () => {
  it("counts the week's requests, batches the pending ones into a report and downloads it as safe CSV", async () => {
    const { owner, serviceId, email } = await seeded();
    for (const to of ["one@example.gov", "+two@example.gov"]) {
      const sent = await email(to);
      await recordUnsubscribeRequest({ notificationId: sent.id, token: sent.token, clientKey: clientKey() });
    }
    expect(await countRecentUnsubscribeRequests({ actor: owner, serviceId })).toBe(2);
    const before = await listUnsubscribeRequestReports({ actor: owner, serviceId });
    expect(before.pending?.count).toBe(2);
    expect(before.reports).toEqual([]);

    const reportId = await createUnsubscribeRequestReport({ actor: owner, serviceId });
    expect(reportId).not.toBeNull();
    expect(await createUnsubscribeRequestReport({ actor: owner, serviceId })).toBeNull();
    const after = await listUnsubscribeRequestReports({ actor: owner, serviceId });
    expect(after.pending).toBeNull();
    expect(after.reports).toMatchObject([{ id: reportId, count: 2, processedAt: null }]);

    const { fileName, csv } = await downloadUnsubscribeRequestReport({ actor: owner, serviceId, reportId: reportId! });
    expect(fileName).toMatch(/^unsubscribe-requests-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Email address,Template name,Spreadsheet file name,Email sent at (UTC),Unsubscribe requested at (UTC)");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^one@example\.gov,"'=HYPERLINK\(""x""\)",,\d{4}-\d{2}-\d{2} \d{2}:\d{2},/);
    expect(lines[2]?.startsWith("'+two@example.gov,")).toBe(true);

    // A later request starts the next pending batch; the report keeps its two.
    const later = await email("three@example.gov");
    await recordUnsubscribeRequest({ notificationId: later.id, token: later.token, clientKey: clientKey() });
    expect((await listUnsubscribeRequestReports({ actor: owner, serviceId })).pending?.count).toBe(1);
    expect((await getUnsubscribeRequestReport({ actor: owner, serviceId, reportId: reportId! })).count).toBe(2);
  });

  it("marks a report processed and back, on the audit trail", async () => {
    const { owner, serviceId, email } = await seeded();
    const sent = await email("done@example.gov");
    await recordUnsubscribeRequest({ notificationId: sent.id, token: sent.token, clientKey: clientKey() });
    const reportId = (await createUnsubscribeRequestReport({ actor: owner, serviceId }))!;
    await markUnsubscribeRequestReport({ actor: owner, serviceId, reportId, isProcessed: true });
    expect((await getUnsubscribeRequestReport({ actor: owner, serviceId, reportId })).processedAt).toBeInstanceOf(Date);
    await markUnsubscribeRequestReport({ actor: owner, serviceId, reportId, isProcessed: false });
    expect((await getUnsubscribeRequestReport({ actor: owner, serviceId, reportId })).processedAt).toBeNull();
    const events = await getDb().auditEvent.findMany({ where: { serviceId, eventType: { startsWith: "unsubscribe-report" } }, orderBy: { createdAt: "asc" }, select: { eventType: true, userId: true } });
    expect(events.map((e) => e.eventType)).toEqual(["unsubscribe-report-created", "unsubscribe-report-processed", "unsubscribe-report-unprocessed"]);
    expect(events.every((e) => e.userId === owner.userId)).toBe(true);
  });

  it("shows reports only to members who can see the dashboard, and only the service's own", async () => {
    const { owner, serviceId, email } = await seeded();
    const sent = await email("x@example.gov");
    await recordUnsubscribeRequest({ notificationId: sent.id, token: sent.token, clientKey: clientKey() });
    const reportId = (await createUnsubscribeRequestReport({ actor: owner, serviceId }))!;
    const sender = await createTestActor();
    await addTestMember(serviceId, sender.userId, ["send_emails", "send_texts"]);
    const outsider = await createTestActor();
    // A member without the permission is refused; someone outside the service doesn't find it.
    for (const [actor, code] of [[sender, "FORBIDDEN"], [outsider, "NOT_FOUND"]] as const) {
      expect(await rejectionCode(listUnsubscribeRequestReports({ actor, serviceId }))).toBe(code);
      expect(await rejectionCode(downloadUnsubscribeRequestReport({ actor, serviceId, reportId }))).toBe(code);
      expect(await rejectionCode(markUnsubscribeRequestReport({ actor, serviceId, reportId, isProcessed: true }))).toBe(code);
      expect(await rejectionCode(countRecentUnsubscribeRequests({ actor, serviceId }))).toBe(code);
    }
    expect(await getDb().unsubscribeRequestReport.findUniqueOrThrow({ where: { id: reportId }, select: { processedAt: true } })).toEqual({ processedAt: null });
    const other = await seeded();
    expect(await rejectionCode(downloadUnsubscribeRequestReport({ actor: other.owner, serviceId: other.serviceId, reportId }))).toBe("NOT_FOUND");
    expect(await rejectionCode(markUnsubscribeRequestReport({ actor: other.owner, serviceId: other.serviceId, reportId, isProcessed: true }))).toBe("NOT_FOUND");
  });

  it("deletes requests after 90 days in the nightly purge, and reports left empty", async () => {
    const { owner, serviceId, email } = await seeded();
    const old = await email("old@example.gov");
    const recent = await email("recent@example.gov");
    for (const sent of [old, recent]) await recordUnsubscribeRequest({ notificationId: sent.id, token: sent.token, clientKey: clientKey() });
    await getDb().unsubscribeRequest.updateMany({ where: { notificationId: old.id }, data: { createdAt: new Date(Date.now() - 91 * 86_400_000) } });
    const oldReport = await createUnsubscribeRequestReport({ actor: owner, serviceId });
    await getDb().unsubscribeRequest.updateMany({ where: { notificationId: recent.id }, data: { reportId: null } });
    const result = await purgeExpiredNotifications();
    expect(result.unsubscribeRequestsDeleted).toBeGreaterThanOrEqual(1);
    expect((await getDb().unsubscribeRequest.findMany({ where: { serviceId }, select: { notificationId: true } })).map((r) => r.notificationId)).toEqual([recent.id]);
    expect(await getDb().unsubscribeRequestReport.findUnique({ where: { id: oldReport! } })).toBeNull();
  });
});
