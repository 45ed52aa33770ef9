// Prepared rows against a real database, storage and queue: the check page's rows are used by
// "Send" and the fan-out, make the same notifications as checking the file again, are ignored once
// the check they came from no longer holds (trial mode, a damaged file), and go when the job is done.
import { describe, expect, it } from "vitest";
import { findUpload } from "../../db/bulk";
import { getDb } from "../../db/client";
import { getEnv } from "../../env";
import { decrypt } from "../../security/encryption";
import { createTestActor, createTestService, createTestTemplate } from "../../../testing/factories";
import { getProviders } from "../delivery/providers";
import { processJob } from "./process-job";
import { preparedRowsKey } from "./prepared-rows";
import { checkStoredUpload, startJob, UPLOAD_ERRORS, uploadSpreadsheet } from "./uploads";

function csv(rows: number): Uint8Array {
  const lines = ["phone number,name,note"];
  for (let i = 0; i < rows; i += 1) lines.push(`(202) 555-${String(1000 + i)},Person ${i},"tab\there, quote "" and \\ slash"`);
  return new TextEncoder().encode(lines.join("\r\n"));
}

async function liveService() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  await getDb().service.update({ where: { id: service.id }, data: { restricted: false, smsMessageLimit: 1000 } });
  const template = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hello ((name)), ((note))" });
  return { owner, serviceId: service.id, templateId: template.id };
}

/** Uploads the file and shows its check page; with `prepare`, waits for the rows to be prepared as the page's `after` would. */
async function uploadAndCheck(service: Awaited<ReturnType<typeof liveService>>, bytes: Uint8Array, prepare: boolean) {
  const { owner: actor, serviceId, templateId } = service;
  const { uploadId } = await uploadSpreadsheet({ actor, serviceId, templateId, fileName: "people.csv", bytes });
  let preparing: Promise<void> | undefined;
  const check = await checkStoredUpload({ actor, serviceId, uploadId, prepare: prepare ? (work) => (preparing = work()) : undefined });
  await preparing;
  const upload = await findUpload(serviceId, uploadId);
  return { uploadId, check, storageKey: upload?.storageKey ?? "" };
}

async function storedRows(jobId: string) {
  const rows = await getDb().notification.findMany({ where: { jobId }, orderBy: { jobRowNumber: "asc" } });
  return rows.map((n) => ({
    jobRowNumber: n.jobRowNumber,
    to: n.to,
    normalisedTo: n.normalisedTo,
    billableUnits: n.billableUnits,
    international: n.international,
    personalisation: JSON.parse(decrypt(n.personalisation ?? "", getEnv().ENCRYPTION_KEY)) as unknown,
  }));
}

describe("prepared rows", () => {
  it("are made after the check page, used by Send and the fan-out, and give the same notifications as checking the file again", async () => {
    const service = await liveService();
    const storage = getProviders().storage;
    const prepared = await uploadAndCheck(service, csv(23), true);
    expect(await storage.get(preparedRowsKey(prepared.storageKey))).not.toBeNull();
    const checkedAgain = await uploadAndCheck(service, csv(23), false);
    expect(await storage.get(preparedRowsKey(checkedAgain.storageKey))).toBeNull();

    const jobs = [];
    for (const upload of [prepared, checkedAgain]) {
      const { jobId } = await startJob({ actor: service.owner, serviceId: service.serviceId, uploadId: upload.uploadId, scheduledFor: null });
      expect(await processJob(jobId, { batchSize: 5 })).toBe("finished");
      jobs.push(jobId);
    }
    const [fromPrepared, fromCheck] = await Promise.all(jobs.map((id) => storedRows(id ?? "")));
    expect(fromPrepared).toHaveLength(23);
    expect(fromPrepared).toEqual(fromCheck);
    expect(fromPrepared?.[3]).toEqual({ jobRowNumber: 3, to: "(202) 555-1003", normalisedTo: "+12025551003", billableUnits: 1, international: false, personalisation: { name: "Person 3", note: 'tab\there, quote " and \\ slash' } });
    // Every row is a notification now, so the prepared rows are gone (only the prepared path deletes them).
    expect(await storage.get(preparedRowsKey(prepared.storageKey))).toBeNull();
  });

  it("aren't used once the check they came from no longer holds: trial mode refuses the file at Send, and again at the fan-out", async () => {
    const service = await liveService();
    const atSend = await uploadAndCheck(service, csv(3), true);
    const atFanOut = await uploadAndCheck(service, csv(3), true);
    const { jobId } = await startJob({ actor: service.owner, serviceId: service.serviceId, uploadId: atFanOut.uploadId, scheduledFor: new Date(Date.now() + 60_000) });

    // In trial mode a service can only text its team, so these rows no longer pass.
    await getDb().service.update({ where: { id: service.serviceId }, data: { restricted: true } });
    await expect(startJob({ actor: service.owner, serviceId: service.serviceId, uploadId: atSend.uploadId, scheduledFor: null })).rejects.toMatchObject({ userMessage: UPLOAD_ERRORS.notValid });
    expect(await processJob(jobId)).toBe("error");
    expect(await getDb().notification.count({ where: { jobId } })).toBe(0);
  });

  it("that are damaged, or from another check, are ignored and the file is checked again", async () => {
    const service = await liveService();
    const storage = getProviders().storage;
    const damaged = await uploadAndCheck(service, csv(4), true);
    const key = preparedRowsKey(damaged.storageKey);
    const text = (await storage.get(key))?.toString("utf8") ?? "";
    // One row fewer than the header says.
    await storage.put(key, Buffer.from(text.slice(0, text.lastIndexOf("\n", text.length - 2) + 1)));
    const foreign = await uploadAndCheck(service, csv(4), true);
    // Another file's prepared rows (a different digest) put in this one's place.
    await storage.put(preparedRowsKey(foreign.storageKey), Buffer.from(text.replace(/"digest":"[0-9a-f]+"/, `"digest":"${"0".repeat(64)}"`)));

    for (const upload of [damaged, foreign]) {
      const { jobId } = await startJob({ actor: service.owner, serviceId: service.serviceId, uploadId: upload.uploadId, scheduledFor: null });
      expect(await processJob(jobId)).toBe("finished");
      expect((await storedRows(jobId)).map((r) => r.jobRowNumber)).toEqual([0, 1, 2, 3]);
      // Not used, so left for the retention purge.
      expect(await storage.get(preparedRowsKey(upload.storageKey))).not.toBeNull();
    }
  });
});
