// Message reports against a real database and the real graphile-worker: the request queues the
// task, the worker writes the CSV to the file store, the download is scoped to the service, and the
// nightly purge removes expired reports (rows and files).
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type RunningWorker } from "../../../jobs/worker";
import { getDb } from "../../db/client";
import { DiskStorage } from "../../providers/local/disk-storage";
import { addTestMember, createTestActor, createTestNotification, createTestService, createTestTemplate, rejectionCode } from "../../../testing/factories";
import { getProviders } from "../delivery/providers";
import { purgeExpiredNotifications } from "../retention/purge-expired-notifications";
import { generateNotificationReport, getMessageRetentionNotice, getNotificationReportFile, getNotificationReports, reportStorageKey, requestNotificationReport } from "./notification-reports";

const DAY = 86_400_000;

async function seed() {
  const actor = await createTestActor();
  const service = await createTestService(actor.userId);
  const sms = await createTestTemplate(service.id, actor.userId, { type: "sms", content: "Hi" });
  const email = await createTestTemplate(service.id, actor.userId, { type: "email", subject: "S", content: "Hi" });
  const make = async (type: "sms" | "email", to: string, status: "delivered" | "sending" | "permanent_failure", ageMs: number, extra: { clientReference?: string; keyType?: "test" } = {}) => {
    const { id } = await createTestNotification({ serviceId: service.id, templateId: type === "sms" ? sms.id : email.id, type, to });
    await getDb().notification.update({ where: { id }, data: { status, createdAt: new Date(Date.now() - ageMs), createdById: actor.userId, ...extra } });
    return id;
  };
  await make("sms", "+12025550101", "delivered", 60_000, { clientReference: "=HYPERLINK(\"http://x\")" });
  await make("sms", "+12025550102", "permanent_failure", 2 * DAY);
  await make("email", "ada@example.gov", "sending", 4 * DAY);
  await make("email", "old@example.gov", "delivered", 8 * DAY);
  await make("sms", "+12025550103", "delivered", 3_600_000, { keyType: "test" });
  return { actor, service, sms, email };
}

async function waitForReport(id: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await getDb().notificationReport.findUniqueOrThrow({ where: { id } });
    if (row.status !== "pending") return row;
    if (Date.now() > deadline) throw new Error("report stayed pending");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const parse = (csv: Buffer) => Papa.parse<Record<string, string>>(csv.toString("utf8"), { header: true, skipEmptyLines: true }).data;

describe("message reports", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({ pollInterval: 100 });
  });
  afterAll(async () => {
    await worker.stop();
  });

  it("writes the last N days' messages (test-key messages left out) to the file store through the worker, formula-safe", async () => {
    const { actor, service, sms } = await seed();
    const { reportId } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 7 } });
    const report = await waitForReport(reportId);

    expect(report).toMatchObject({ status: "ready", rowCount: 3, storageKey: reportStorageKey(service.id, reportId) });
    const rows = parse((await getProviders().storage.get(report.storageKey!))!);
    expect(rows.map((r) => r.Recipient)).toEqual(["'+12025550101", "'+12025550102", "ada@example.gov"]);
    expect(rows[0]).toMatchObject({ Reference: "'=HYPERLINK(\"http://x\")", Template: sms.name, Type: "text message", "Sent by email": actor.emailAddress, Status: "Delivered" });
    expect(rows[0]!.Time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} (AM|PM) E[SD]T$/);
    expect(rows[1]!.Status).toBe("Phone number does not exist");
    expect(rows[2]).toMatchObject({ Type: "email", Status: "Sending" });

    const file = await getNotificationReportFile({ actor, serviceId: service.id, reportId });
    expect(file.fileName).toMatch(/^messages-last-7-days-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await new Response(file.body).text();
    expect(file.length).toBe(Buffer.byteLength(text));
    expect(parse(Buffer.from(text))).toHaveLength(3);
  });

  it("keeps the chosen period, channel and status filter", async () => {
    const { actor, service } = await seed();
    const { reportId: oneDay } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 1 } });
    const { reportId: failedSms } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 3, channel: "sms", status: "failed" } });
    expect((await waitForReport(oneDay)).rowCount).toBe(1);
    const failed = await waitForReport(failedSms);
    expect(parse((await getProviders().storage.get(failed.storageKey!))!).map((r) => r.Recipient)).toEqual(["'+12025550102"]);
  });

  it("reads the rows in batches without losing or repeating any", async () => {
    const { actor, service, sms } = await seed();
    const same = new Date(Date.now() - 30_000);
    for (let i = 0; i < 7; i += 1) {
      const { id } = await createTestNotification({ serviceId: service.id, templateId: sms.id, type: "sms", to: `+1202555020${i}` });
      await getDb().notification.update({ where: { id }, data: { createdAt: same } });
    }
    const { reportId } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 7 } });
    await getDb().notificationReport.update({ where: { id: reportId }, data: { status: "pending" } });
    const result = await generateNotificationReport(reportId, { batchSize: 2, storage: new DiskStorage(".data/test-reports") });
    expect(result).toEqual({ rowCount: 10 });
    const recipients = parse((await new DiskStorage(".data/test-reports").get(reportStorageKey(service.id, reportId)))!).map((r) => r.Recipient);
    expect(new Set(recipients).size).toBe(10);
  });

  it("refuses a period longer than the retention, and lists the choices the retention allows", async () => {
    const { actor, service } = await seed();
    await getDb().service.update({ where: { id: service.id }, data: { messageRetentionDays: 3 } });
    expect(await rejectionCode(requestNotificationReport({ actor, serviceId: service.id, input: { days: 5 } }))).toBe("VALIDATION");
    const page = await getNotificationReports({ actor, serviceId: service.id });
    expect(page.allowedDays).toEqual([1, 3]);
    expect(page.retention).toEqual({ sms: 3, email: 3 });
  });

  it("offers a report only to the service it belongs to and to members who can see activity", async () => {
    const { actor, service } = await seed();
    const { reportId } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 7 } });
    await waitForReport(reportId);
    const stranger = await createTestActor();
    const otherService = await createTestService(stranger.userId);
    expect(await rejectionCode(getNotificationReportFile({ actor: stranger, serviceId: service.id, reportId }))).toBe("NOT_FOUND");
    expect(await rejectionCode(getNotificationReportFile({ actor: stranger, serviceId: otherService.id, reportId }))).toBe("NOT_FOUND");
    const sender = await createTestActor();
    await addTestMember(service.id, sender.userId, ["send_texts"]);
    expect(await rejectionCode(getNotificationReportFile({ actor: sender, serviceId: service.id, reportId }))).toBe("FORBIDDEN");
  });

  it("the nightly purge deletes expired reports, rows and files, and keeps the others", async () => {
    const { actor, service } = await seed();
    const storage = getProviders().storage;
    const { reportId: expired } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 1 } });
    const { reportId: kept } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 3 } });
    const expiredRow = await waitForReport(expired);
    const keptRow = await waitForReport(kept);
    await getDb().notificationReport.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const result = await purgeExpiredNotifications({ storage });

    expect(result.reportsDeleted).toBeGreaterThanOrEqual(1);
    expect(await getDb().notificationReport.findUnique({ where: { id: expired } })).toBeNull();
    expect(await storage.get(expiredRow.storageKey!)).toBeNull();
    expect(await getDb().notificationReport.findUnique({ where: { id: kept } })).not.toBeNull();
    expect(await storage.get(keptRow.storageKey!)).not.toBeNull();
    expect((await getNotificationReports({ actor, serviceId: service.id })).reports.map((r) => r.id)).toEqual([kept]);
  });

  it("tells a message page when the message will be deleted, and that a purged one is no longer available", async () => {
    const { actor, service, sms } = await seed();
    await getDb().serviceDataRetention.create({ data: { serviceId: service.id, notificationType: "sms", daysOfRetention: 3 } });
    const { id } = await createTestNotification({ serviceId: service.id, templateId: sms.id, type: "sms", to: "+12025550111" });
    await getDb().notification.update({ where: { id }, data: { createdAt: new Date("2026-03-10T23:30:00.000Z") } });

    // Created on March 10 (UTC): the purge run at 07:00 UTC on March 14 is the first to remove it with 3 days' retention.
    expect(await getMessageRetentionNotice({ actor, serviceId: service.id, notificationId: id })).toEqual({ status: "kept", retentionDays: 3, deletedOn: new Date("2026-03-14T07:00:00.000Z") });
    await purgeExpiredNotifications({ now: new Date("2026-03-14T07:00:00.000Z"), storage: new DiskStorage(".data/test-reports") });
    expect(await getMessageRetentionNotice({ actor, serviceId: service.id, notificationId: id })).toEqual({ status: "purged", retentionDays: 3 });
    expect(await getMessageRetentionNotice({ actor, serviceId: service.id, notificationId: crypto.randomUUID() })).toEqual({ status: "unknown" });
    const stranger = await createTestActor();
    expect(await rejectionCode(getMessageRetentionNotice({ actor: stranger, serviceId: service.id, notificationId: id }))).toBe("NOT_FOUND");
  });
});
