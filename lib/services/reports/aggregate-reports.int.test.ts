// Counts-only reports and the "Reports your team can download" setting against a real database:
// the counts equal the notifications they summarise (message report through its worker task, a
// job, usage from the nightly facts plus today), hold no recipient, and with "counts only" every
// recipient-level download is refused for every member (platform admins too), audited when changed.
import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { addTestMember, appErrorOf, createTestActor, createTestNotification, createTestService, createTestTemplate, rejectionCode } from "../../../testing/factories";
import { getDb } from "../../db/client";
import { getEnv } from "../../env";
import { unsubscribeToken } from "../../security/unsubscribe-link";
import { jobCountsCsv, jobReportCsv } from "../bulk/reports";
import { getProviders } from "../delivery/providers";
import { changeReportDownloads } from "../settings/report-downloads";
import { recordUnsubscribeRequest } from "../unsubscribe/unsubscribe-requests";
import { createUnsubscribeRequestReport, downloadUnsubscribeRequestReport } from "../unsubscribe/unsubscribe-reports";
import { generateNotificationReport, getNotificationReportFile, getNotificationReports, requestNotificationReport } from "./notification-reports";
import { isCountsOnlyRefusal } from "./report-downloads";
import { aggregateNotificationStatus, serviceUsageCsv } from "./usage";

const DAY = 86_400_000;
const RECIPIENTS = ["+12025550101", "+12025550102", "ada@example.gov", "grace@example.gov"];
type Status = "delivered" | "sending" | "permanent_failure";

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
const total = (rows: Record<string, string>[]) => rows.reduce((n, r) => n + Number(r.Messages), 0);

async function seed() {
  const actor = await createTestActor();
  const service = await createTestService(actor.userId);
  const sms = await createTestTemplate(service.id, actor.userId, { type: "sms", content: "Hi ((name))" });
  const email = await createTestTemplate(service.id, actor.userId, { type: "email", subject: "S", content: "Hi" });
  const job = await getDb().job.create({ data: { serviceId: service.id, templateId: sms.id, templateVersion: 1, originalFileName: "Ada Lovelace +12025550101.csv", notificationCount: 5, createdById: actor.userId } });
  let row = 0;
  const make = async (type: "sms" | "email", to: string, status: Status, ageMs: number, extra: { jobId?: string; keyType?: "test"; billableUnits?: number } = {}) => {
    const { id } = await createTestNotification({ serviceId: service.id, templateId: type === "sms" ? sms.id : email.id, type, to, personalisation: { name: "Ada" } });
    const jobFields = extra.jobId ? { jobId: extra.jobId, jobRowNumber: row++ } : {};
    await getDb().notification.update({ where: { id }, data: { status, createdAt: new Date(Date.now() - ageMs), keyType: extra.keyType ?? "normal", billableUnits: extra.billableUnits ?? 1, ...jobFields } });
  };
  for (let i = 0; i < 3; i += 1) await make("sms", RECIPIENTS[0]!, "delivered", 60_000, { jobId: job.id, billableUnits: 2 });
  await make("sms", RECIPIENTS[1]!, "permanent_failure", 60_000, { jobId: job.id });
  await make("sms", RECIPIENTS[1]!, "sending", 2 * DAY, { jobId: job.id });
  await make("sms", RECIPIENTS[0]!, "delivered", 2 * DAY);
  await make("email", RECIPIENTS[2]!, "sending", 4 * DAY);
  await make("email", RECIPIENTS[3]!, "delivered", 8 * DAY);
  await make("sms", RECIPIENTS[0]!, "delivered", 3_600_000, { keyType: "test" });
  return { actor, service, sms, email, job };
}

async function readyReport(reportId: string) {
  // Another test file's worker may have written it first; either way it is no longer pending.
  await generateNotificationReport(reportId);
  return getDb().notificationReport.findUniqueOrThrow({ where: { id: reportId } });
}

function expectNoRecipient(text: string) {
  for (const to of RECIPIENTS) expect(text).not.toContain(to.slice(1));
  expect(text.split("\r\n")[0]).not.toMatch(/Recipient|Phone|Email address|Reference|Content/i);
  expect(text).not.toMatch(/Ada|Hi /); // neither personalisation nor content
}

describe("counts-only reports", () => {
  it("message report: counts by day, channel, template, job and status equal the messages of the period, with no recipient", async () => {
    const { actor, service, sms, job } = await seed();
    const { reportId } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 7, form: "counts" } });
    const report = await readyReport(reportId);
    expect(report).toMatchObject({ status: "ready", form: "counts", rowCount: 7 });

    const text = (await getProviders().storage.get(report.storageKey!))!.toString("utf8");
    expectNoRecipient(text);
    const rows = parse(text);
    expect(Object.keys(rows[0]!)).toEqual(["Day", "Type", "Template", "Job ID", "Status", "Messages", "Text message parts"]);
    // The database's own counts of the same messages (test-key and older ones left out).
    const expected = await getDb().notification.groupBy({
      by: ["notificationType", "status", "jobId"],
      where: { serviceId: service.id, keyType: { not: "test" }, createdAt: { gte: new Date(report.createdAt.getTime() - 7 * DAY) } },
      _count: { _all: true },
    });
    expect(total(rows)).toBe(expected.reduce((n, g) => n + g._count._all, 0));
    const delivered = rows.find((r) => r.Status === "Delivered" && r["Job ID"] === job.id);
    expect(delivered).toMatchObject({ Type: "text message", Template: sms.name, Messages: "3", "Text message parts": "6" });
    expect(rows.find((r) => r.Status === "Phone number does not exist")?.Messages).toBe("1");

    const file = await getNotificationReportFile({ actor, serviceId: service.id, reportId });
    expect(file.fileName).toMatch(/^messages-last-7-days-counts-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it("keeps the report's channel and status filter", async () => {
    const { actor, service } = await seed();
    const { reportId } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 3, channel: "sms", status: "delivered", form: "counts" } });
    const report = await readyReport(reportId);
    const rows = parse((await getProviders().storage.get(report.storageKey!))!.toString("utf8"));
    expect(rows.every((r) => r.Type === "text message" && r.Status === "Delivered")).toBe(true);
    expect(report.rowCount).toBe(4);
  });

  it("job report: counts of every row by day and status, named without the spreadsheet's name", async () => {
    const { actor, service, job } = await seed();
    const { fileName, csv } = await jobCountsCsv({ actor, serviceId: service.id, jobId: job.id });
    expect(fileName).toMatch(/^job-counts-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(csv);
    expect(total(rows)).toBe(await getDb().notification.count({ where: { jobId: job.id } }));
    expect(rows.filter((r) => r.Status === "Delivered").map((r) => r.Messages)).toEqual(["3"]);
    expect(await rejectionCode(jobCountsCsv({ actor, serviceId: service.id, jobId: randomUUID() }))).toBe("NOT_FOUND");
  });

  it("usage: this year's counts from the nightly facts plus today's messages", async () => {
    const actor = await createTestActor();
    const service = await createTestService(actor.userId);
    const sms = await createTestTemplate(service.id, actor.userId, { type: "sms", content: "A" });
    // Noon Eastern on 2034-06-10: two earlier days go through the nightly aggregation, one message is today's.
    const now = new Date("2034-06-10T16:00:00.000Z");
    const add = (createdAt: Date, status: Status, keyType: "normal" | "test" = "normal") =>
      getDb().notification.create({ data: { serviceId: service.id, templateId: sms.id, templateVersion: 1, notificationType: "sms", to: "+12025550199", status, keyType, billableUnits: 2, createdAt } });
    await add(new Date("2034-06-08T15:00:00.000Z"), "delivered");
    await add(new Date("2034-06-08T16:00:00.000Z"), "delivered");
    await add(new Date("2034-06-09T15:00:00.000Z"), "permanent_failure");
    await add(new Date("2034-06-09T15:30:00.000Z"), "delivered", "test");
    await add(new Date("2034-06-10T14:00:00.000Z"), "sending");
    await aggregateNotificationStatus({ now, days: 2 });
    const { fileName, csv } = await serviceUsageCsv({ actor, serviceId: service.id, now });
    expect(fileName).toBe("usage-counts-2034-06-10.csv");
    expect(csv).not.toContain("2025550199");
    expect(parse(csv)).toEqual([
      { Day: "2034-06-10", Type: "text message", Template: sms.name, "Job ID": "", Status: "Sending", Messages: "1", "Text message parts": "2" },
      { Day: "2034-06-09", Type: "text message", Template: sms.name, "Job ID": "", Status: "Phone number does not exist", Messages: "1", "Text message parts": "2" },
      { Day: "2034-06-08", Type: "text message", Template: sms.name, "Job ID": "", Status: "Delivered", Messages: "2", "Text message parts": "4" },
    ]);
  });
});

describe("reports your team can download", () => {
  it("is changed only with manage settings, and each change is audited", async () => {
    const { actor, service } = await seed();
    const viewer = await createTestActor();
    await addTestMember(service.id, viewer.userId, ["view_activity"]);
    expect(await rejectionCode(changeReportDownloads({ actor: viewer, serviceId: service.id, input: { reportDownloads: "counts_only" } }))).toBe("FORBIDDEN");
    expect(await rejectionCode(changeReportDownloads({ actor: await createTestActor(), serviceId: service.id, input: { reportDownloads: "counts_only" } }))).toBe("NOT_FOUND");

    await changeReportDownloads({ actor, serviceId: service.id, input: { reportDownloads: "counts_only" } });
    await changeReportDownloads({ actor, serviceId: service.id, input: { reportDownloads: "counts_only" } });
    const events = await getDb().auditEvent.findMany({ where: { serviceId: service.id, eventType: "service-report-downloads-changed" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ userId: actor.userId, data: { from: "with_recipients", to: "counts_only" } });
    expect((await getDb().service.findUniqueOrThrow({ where: { id: service.id } })).reportDownloads).toBe("counts_only");
  });

  it("with counts only, refuses every recipient-level download for every member, and still gives the counts", async () => {
    const { actor, service, job } = await seed();
    const serviceId = service.id;
    // A report with recipients prepared before the change, one still waiting, and an unsubscribe report.
    const { reportId: ready } = await requestNotificationReport({ actor, serviceId, input: { days: 7 } });
    await readyReport(ready);
    const { reportId: waiting } = await requestNotificationReport({ actor, serviceId, input: { days: 1 } });
    const emailTemplate = await createTestTemplate(serviceId, actor.userId, { type: "email", subject: "News", content: "Hello", hasUnsubscribeLink: true });
    const sent = await createTestNotification({ serviceId, templateId: emailTemplate.id, type: "email", to: "reader@example.gov" });
    await recordUnsubscribeRequest({ notificationId: sent.id, token: unsubscribeToken(sent.id, "reader@example.gov", getEnv().ENCRYPTION_KEY), clientKey: `test-${randomUUID()}` });
    const unsubscribeReportId = (await createUnsubscribeRequestReport({ actor, serviceId }))!;

    await changeReportDownloads({ actor, serviceId, input: { reportDownloads: "counts_only" } });
    // The task may already have written the waiting report; if not, it is marked failed rather than written.
    const waitingRow = await readyReport(waiting);
    if (waitingRow.status !== "ready") expect(waitingRow).toMatchObject({ status: "failed", storageKey: null });

    const viewer = await createTestActor();
    await addTestMember(serviceId, viewer.userId, ["view_activity"]);
    const admin = await createTestActor({ platformAdmin: true });
    for (const member of [actor, viewer, admin]) {
      const refusals = [
        () => requestNotificationReport({ actor: member, serviceId, input: { days: 7 } }),
        () => requestNotificationReport({ actor: member, serviceId, input: { days: 7, form: "recipients" } }),
        () => getNotificationReportFile({ actor: member, serviceId, reportId: ready }),
        () => jobReportCsv({ actor: member, serviceId, jobId: job.id }),
        () => downloadUnsubscribeRequestReport({ actor: member, serviceId, reportId: unsubscribeReportId }),
      ];
      for (const refusal of refusals) {
        const error = await appErrorOf(refusal());
        expect(error.code).toBe("FORBIDDEN");
        expect(isCountsOnlyRefusal(error)).toBe(true);
      }
      expect((await getNotificationReports({ actor: member, serviceId })).canDownloadRecipients).toBe(false);
      expect(parse((await jobCountsCsv({ actor: member, serviceId, jobId: job.id })).csv).length).toBeGreaterThan(0);
      const { reportId } = await requestNotificationReport({ actor: member, serviceId, input: { days: 7, form: "counts" } });
      expect((await readyReport(reportId)).status).toBe("ready");
      await getNotificationReportFile({ actor: member, serviceId, reportId });
    }
    // Someone from another service still gets "not found", not the refusal.
    expect(await rejectionCode(jobReportCsv({ actor: await createTestActor(), serviceId, jobId: job.id }))).toBe("NOT_FOUND");

    // Back to "with recipients": the report prepared before is downloadable again.
    await changeReportDownloads({ actor, serviceId, input: { reportDownloads: "with_recipients" } });
    expect((await getNotificationReportFile({ actor: viewer, serviceId, reportId: ready })).fileName).toMatch(/^messages-last-7-days-\d{4}/);
    expect((await jobReportCsv({ actor: viewer, serviceId, jobId: job.id })).csv).toContain("2025550101");
  });
});
