// Spreadsheet jobs against a real database, storage and queue: upload → check → start → fan-out,
// a crash in the middle of the fan-out (restarted: exactly one notification per row), the daily
// limit refusing a job before it starts, and cancelling a scheduled job.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createTestActor, createTestService, createTestTemplate } from "../../../testing/factories";
import { cancelJob, checkStoredUpload, getJob, startJob, UPLOAD_ERRORS, uploadSpreadsheet } from "./uploads";
import { processJob } from "./process-job";
import { insertJobNotifications, jobNotificationCopyText } from "../../db/bulk";

function csv(rows: number): Uint8Array {
  const lines = ["phone number,name"];
  for (let i = 0; i < rows; i += 1) lines.push(`+1202555${String(1000 + i).padStart(4, "0")},Person ${i}`);
  return new TextEncoder().encode(lines.join("\n"));
}

async function liveService() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  await getDb().service.update({ where: { id: service.id }, data: { restricted: false, smsMessageLimit: 1000 } });
  const template = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hello ((name))" });
  return { owner, serviceId: service.id, templateId: template.id };
}

async function jobRows(jobId: string) {
  const rows = await getDb().notification.findMany({ where: { jobId }, select: { jobRowNumber: true, id: true } });
  const jobs = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM graphile_worker._private_jobs j CROSS JOIN LATERAL json_array_elements_text(j.payload->'notificationIds') AS queued(id)
    JOIN notifications n ON n.id = queued.id::uuid WHERE n.job_id = ${jobId}::uuid`;
  return { rows: rows.length, distinctRowNumbers: new Set(rows.map((r) => r.jobRowNumber)).size, queued: jobs[0]?.n ?? 0 };
}

describe("spreadsheet jobs", () => {
  it("checks an upload, starts a job and fans it out, one notification per row, each queued for delivery once", async () => {
    const { owner, serviceId, templateId } = await liveService();
    const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "people.csv", bytes: csv(25) });
    const check = await checkStoredUpload({ actor: owner, serviceId, uploadId });
    expect(check.ok && check.check.rowCount).toBe(25);
    expect(check.ok && check.preview?.channel === "sms" && check.preview.body).toMatch(/Hello Person 0$/);
    const { jobId } = await startJob({ actor: owner, serviceId, uploadId, scheduledFor: null });
    expect(await processJob(jobId, { batchSize: 10 })).toBe("finished");
    expect(await jobRows(jobId)).toEqual({ rows: 25, distinctRowNumbers: 25, queued: 25 });
    expect((await getJob({ actor: owner, serviceId, jobId })).job.jobStatus).toBe("finished");
    // Running it again changes nothing.
    expect(await processJob(jobId)).toBe("skipped");
  });

  it("a fan-out that crashes half-way and is restarted makes exactly one notification per row", async () => {
    const { owner, serviceId, templateId } = await liveService();
    const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "people.csv", bytes: csv(50) });
    const { jobId } = await startJob({ actor: owner, serviceId, uploadId, scheduledFor: null });
    let batches = 0;
    await expect(
      processJob(jobId, {
        batchSize: 10,
        afterBatch: async () => {
          batches += 1;
          if (batches === 2) throw new Error("worker killed");
        },
      }),
    ).rejects.toThrow("worker killed");
    const partial = (await jobRows(jobId)).rows;
    expect(partial).toBeGreaterThanOrEqual(20);
    expect(partial).toBeLessThan(50);
    // graphile-worker retries the task: the second run finishes the job without duplicates.
    expect(await processJob(jobId, { batchSize: 7 })).toBe("finished");
    expect(await jobRows(jobId)).toEqual({ rows: 50, distinctRowNumbers: 50, queued: 50 });
    const counted = await getDb().rateLimitCounter.findMany({ where: { key: { startsWith: `daily:${serviceId}:sms#` } }, select: { count: true } });
    expect(counted.reduce((sum, c) => sum + c.count, 0)).toBe(50);
  });

  it("refuses a job that would pass today's limit, before it starts", async () => {
    const { owner, serviceId, templateId } = await liveService();
    await getDb().service.update({ where: { id: serviceId }, data: { smsMessageLimit: 10 } });
    const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "people.csv", bytes: csv(11) });
    const check = await checkStoredUpload({ actor: owner, serviceId, uploadId });
    expect(check.ok && check.overDailyLimit).toBe(true);
    const error = await startJob({ actor: owner, serviceId, uploadId, scheduledFor: null }).catch((e: { userMessage: string }) => e);
    expect((error as { userMessage: string }).userMessage).toBe(UPLOAD_ERRORS.jobLimit(11, 10));
    expect(await getDb().job.count({ where: { serviceId } })).toBe(0);
  });

  it("refuses a job at fan-out when the limit was used up after it was checked", async () => {
    const { owner, serviceId, templateId } = await liveService();
    await getDb().service.update({ where: { id: serviceId }, data: { smsMessageLimit: 10 } });
    const first = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "a.csv", bytes: csv(6) });
    const second = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "b.csv", bytes: csv(6) });
    const a = await startJob({ actor: owner, serviceId, uploadId: first.uploadId, scheduledFor: null });
    const b = await startJob({ actor: owner, serviceId, uploadId: second.uploadId, scheduledFor: null });
    expect(await processJob(a.jobId)).toBe("finished");
    expect(await processJob(b.jobId)).toBe("limit-exceeded");
    expect((await getJob({ actor: owner, serviceId, jobId: b.jobId })).job.jobStatus).toBe("sending_limits_exceeded");
    expect((await jobRows(b.jobId)).rows).toBe(0);
  });

  it("cancels a scheduled job: its fan-out is removed", async () => {
    const { owner, serviceId, templateId } = await liveService();
    const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "later.csv", bytes: csv(3) });
    const { jobId } = await startJob({ actor: owner, serviceId, uploadId, scheduledFor: new Date(Date.now() + 3_600_000) });
    expect((await getJob({ actor: owner, serviceId, jobId })).job.jobStatus).toBe("scheduled");
    await cancelJob({ actor: owner, serviceId, jobId });
    const queued = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${`job:${jobId}`}`;
    expect(queued[0]?.n).toBe(0);
    expect(await processJob(jobId)).toBe("skipped");
    expect((await jobRows(jobId)).rows).toBe(0);
  });

  it("rejects files that aren't spreadsheets and reports problems in the file", async () => {
    const { owner, serviceId, templateId } = await liveService();
    const notCsv = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "photo.jpg", bytes: new Uint8Array([1, 2, 3]) }).catch((e: { fieldErrors: Record<string, string> }) => e);
    expect((notCsv as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({ file: UPLOAD_ERRORS.notSpreadsheet("photo.jpg") });
    const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "bad.csv", bytes: new TextEncoder().encode("phone number\n+12025550123\n") });
    const check = await checkStoredUpload({ actor: owner, serviceId, uploadId });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.fileError.code).toBe("missing-columns");
  });

  it("stores a batch's values exactly as given through COPY (tabs, new lines, backslashes) and skips rows it already has", async () => {
    const { owner, serviceId, templateId } = await liveService();
    const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId, templateId, fileName: "people.csv", bytes: csv(2) });
    const { jobId } = await startJob({ actor: owner, serviceId, uploadId, scheduledFor: new Date(Date.now() + 3_600_000) });
    const fanOut = { jobId, serviceId, notificationType: "sms" as const, templateId, templateVersion: 1, createdById: owner.userId, replyToText: "Tab\there \\ and\nnew line", lane: "bulk" as const };
    const odd = ["a\tb", "c\\d", "e\nf\r", "\\N"];
    const rows = odd.map((to, i) => ({ id: randomUUID(), copyText: jobNotificationCopyText({ to, normalisedTo: `+1202555010${i}`, personalisationEncrypted: "v1.x.y.z", jobRowNumber: i, billableUnits: 2, international: i === 1 }) }));
    expect(await insertJobNotifications(fanOut, rows)).toBe(4);
    expect(await insertJobNotifications(fanOut, rows.map((r) => ({ ...r, id: randomUUID() })))).toBe(0);
    const stored = await getDb().notification.findMany({ where: { jobId }, orderBy: { jobRowNumber: "asc" }, select: { to: true, replyToText: true, billableUnits: true, international: true, personalisation: true } });
    expect(stored.map((n) => n.to)).toEqual(odd);
    expect(stored[0]).toEqual({ to: "a\tb", replyToText: fanOut.replyToText, billableUnits: 2, international: false, personalisation: "v1.x.y.z" });
    expect(stored[1]?.international).toBe(true);
  });
});
