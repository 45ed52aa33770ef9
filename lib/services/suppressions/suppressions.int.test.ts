// The do-not-send list against a real database: STOP and START through the inbound endpoint, hard
// bounces and complaints from receipts, every way of sending refusing a listed recipient (API,
// one-off, spreadsheet check, a job's fan-out), and the managers' list scoped to their service.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { SUPPRESSION_FORM_ERRORS } from "../../schemas/suppressions";
import { appErrorOf, createTestActor, createTestApiSender, createTestService, createTestTemplate } from "../../../testing/factories";
import { createSnsTestSigner } from "../../../testing/sns-test-signer";
import { checkStoredUpload, startJob, uploadSpreadsheet } from "../bulk/uploads";
import { processJob } from "../bulk/process-job";
import { receiveInboundSms, storeInboundSms } from "../inbound/receive-inbound-sms";
import type { InboundSmsItem } from "../../jobs/payloads";
import { sendApiNotification } from "../notifications/send-api-notification";
import { checkRecipient, getOneOffContext, sendOneOff } from "../notifications/send-one-off";
import { applyProviderReceipts } from "../receipts/apply-receipts";
import { addServiceSuppression, listServiceSuppressions, removeServiceSuppression, suppressionsCsv } from "./suppression-list";

const OPTED_OUT = "This person has opted out of texts from your service";
const TOPIC = "arn:aws:sns:us-west-2:123456789012:notify-inbound";
const signer = createSnsTestSigner();

async function receive(destinationNumber: string, originationNumber: string, messageBody: string): Promise<void> {
  const id = randomUUID();
  const body = signer.sign({ Type: "Notification", TopicArn: TOPIC, Message: JSON.stringify({ originationNumber, destinationNumber, messageKeyword: messageBody, messageBody, inboundMessageId: id }) });
  expect((await receiveInboundSms({ messageTypeHeader: "Notification", body: JSON.stringify(body) }, { httpGet: signer.httpGet, topicArns: [TOPIC] })).status).toBe(200);
  const rows = await getDb().$queryRaw<{ id: bigint; payload: InboundSmsItem[] }[]>`SELECT id, payload FROM graphile_worker._private_jobs WHERE key LIKE 'receive-inbound-sms@%'`;
  const items = rows.flatMap((r) => r.payload).filter((i) => i.providerReference === id);
  await storeInboundSms(items);
}

async function auditTypes(serviceId: string) {
  return (await getDb().auditEvent.findMany({ where: { serviceId, eventType: { startsWith: "suppression-" } }, orderBy: { createdAt: "asc" }, select: { eventType: true, data: true } })).map((e) => e.eventType);
}

async function liveService() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  await getDb().service.update({ where: { id: service.id }, data: { restricted: false, smsMessageLimit: 1000 } });
  const sms = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hello ((name))" });
  return { owner, serviceId: service.id, sms };
}

describe("STOP and START through the inbound endpoint", () => {
  it("a STOP text refuses the API's next text to that number; START lets it through again; each change audited", async () => {
    const { caller, serviceId, body } = await createTestApiSender();
    const number = `+1844555${String(Math.floor(Math.random() * 9000) + 1000)}`;
    await getDb().servicePermission.create({ data: { serviceId, permission: "inbound_sms" } });
    await getDb().inboundNumber.create({ data: { number, provider: "pinpoint", serviceId } });

    await receive(number.slice(1), body.phone_number, "STOP");
    const refused = await appErrorOf(sendApiNotification({ caller, channel: "sms", body }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: OPTED_OUT });
    expect(await getDb().notification.count({ where: { serviceId } })).toBe(0);
    // Another number is still sent to.
    expect((await sendApiNotification({ caller, channel: "sms", body: { ...body, phone_number: "+12025550199" } })).status).toBe(201);

    await receive(number.slice(1), body.phone_number, "start");
    expect((await sendApiNotification({ caller, channel: "sms", body })).status).toBe(201);
    expect(await auditTypes(serviceId)).toEqual(["suppression-added", "suppression-removed"]);
    const audit = await getDb().auditEvent.findMany({ where: { serviceId, eventType: { startsWith: "suppression-" } }, select: { data: true } });
    expect(JSON.stringify(audit)).not.toContain(body.phone_number);
  });
});

describe("email hard bounces and complaints", () => {
  it("put the address on the list (once), and the next email to it is refused", async () => {
    const { caller, serviceId } = await createTestApiSender();
    const owner = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { createdById: true } });
    const email = await createTestTemplate(serviceId, owner.createdById, { type: "email", subject: "Hi", content: "Hello" });
    const make = async (to: string) => {
      const reference = randomUUID();
      await getDb().notification.create({ data: { serviceId, notificationType: "email", templateId: email.id, templateVersion: 1, to, normalisedTo: to.toLowerCase(), status: "sending", reference } });
      return reference;
    };
    const bounced = await make("Bounced@Example.gov");
    const complained = await make("complained@example.gov");
    const at = new Date().toISOString();
    await applyProviderReceipts([
      { kind: "status", providerReference: bounced, status: "permanent-failure", providerResponse: "Hard bounced", eventAt: at },
      { kind: "complaint", providerReference: complained, complaintDate: at, feedbackId: randomUUID() },
    ] as never);
    const rows = await getDb().suppressedRecipient.findMany({ where: { serviceId }, orderBy: { recipient: "asc" }, select: { recipient: true, reason: true, source: true, channel: true } });
    expect(rows).toEqual([
      { recipient: "bounced@example.gov", reason: "hard_bounce", source: "receipt", channel: "email" },
      { recipient: "complained@example.gov", reason: "complaint", source: "receipt", channel: "email" },
    ]);
    const refused = await appErrorOf(sendApiNotification({ caller, channel: "email", body: { email_address: "bounced@example.gov", template_id: email.id } }));
    expect(refused.message).toBe("Emails to this address are suppressed: it bounced or complained");
  });
});

describe("every way of sending refuses a listed recipient", () => {
  it("one-off: the recipient step and the final send say so", async () => {
    const { owner, serviceId, sms } = await liveService();
    await addServiceSuppression({ actor: owner, serviceId, input: { channel: "sms", recipient: "(202) 555-0144" } });
    const context = await getOneOffContext({ actor: owner, serviceId, templateId: sms.id });
    expect(await checkRecipient(context, "202-555-0144")).toEqual({ ok: false, error: "This phone number is on your service’s do-not-send list" });
    const error = await appErrorOf(sendOneOff({ actor: owner, serviceId, templateId: sms.id, recipient: "+12025550144", values: { name: "Ada" }, scheduledFor: null }));
    expect(error.fieldErrors).toEqual({ recipient: "This phone number is on your service’s do-not-send list" });
  });

  it("spreadsheet check: the listed rows are problems; a job scheduled before the STOP skips them at fan-out", async () => {
    const { owner, serviceId, sms } = await liveService();
    const file = new TextEncoder().encode("phone number,name\n+12025550101,A\n+12025550102,B\n+12025550103,C\n");
    const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId, templateId: sms.id, fileName: "people.csv", bytes: file });
    const first = await checkStoredUpload({ actor: owner, serviceId, uploadId });
    expect(first.ok && first.check.isValid).toBe(true);
    const { jobId } = await startJob({ actor: owner, serviceId, uploadId, scheduledFor: new Date(Date.now() + 3_600_000) });

    // The person texts STOP after the job was scheduled.
    await getDb().suppressedRecipient.create({ data: { serviceId, channel: "sms", recipient: "+12025550102", reason: "opt_out", source: "inbound_sms" } });
    const second = await uploadSpreadsheet({ actor: owner, serviceId, templateId: sms.id, fileName: "people.csv", bytes: file });
    const check = await checkStoredUpload({ actor: owner, serviceId, uploadId: second.uploadId });
    expect(check.ok && check.check.isValid).toBe(false);
    expect(check.ok && check.check.shownErrorRows.map((r) => [r.rowNumber, r.errors.map((e) => e.message)])).toEqual([[3, [OPTED_OUT]]]);

    expect(await processJob(jobId)).toBe("finished");
    const rows = await getDb().notification.findMany({ where: { jobId }, orderBy: { jobRowNumber: "asc" }, select: { normalisedTo: true, status: true, providerResponse: true, billableUnits: true } });
    expect(rows.map((r) => [r.normalisedTo, r.status, r.providerResponse])).toEqual([
      ["+12025550101", "created", null],
      ["+12025550102", "validation_failed", "suppressed:opt-out"],
      ["+12025550103", "created", null],
    ]);
    const queued = await getDb().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM graphile_worker._private_jobs j CROSS JOIN LATERAL json_array_elements_text(j.payload->'notificationIds') AS q(id)
      JOIN notifications n ON n.id = q.id::uuid WHERE n.job_id = ${jobId}::uuid`;
    expect(queued[0]?.n).toBe(2);
  });
});

describe("the managers' list", () => {
  it("adds (validated), lists, searches, downloads and removes with a reason, each change audited", async () => {
    const { owner, serviceId } = await liveService();
    const bad = await appErrorOf(addServiceSuppression({ actor: owner, serviceId, input: { channel: "sms", recipient: "12" } }));
    expect(bad.code).toBe("VALIDATION");
    expect(bad.fieldErrors?.recipient).toBeTruthy();
    await addServiceSuppression({ actor: owner, serviceId, input: { channel: "email", recipient: "Person@Example.gov", note: "=cmd|' /C calc'!A0" } });
    await addServiceSuppression({ actor: owner, serviceId, input: { channel: "sms", recipient: "202 555 0188" } });
    expect((await listServiceSuppressions({ actor: owner, serviceId })).total).toBe(2);
    const found = await listServiceSuppressions({ actor: owner, serviceId, search: "PERSON@" });
    expect(found.rows.map((r) => r.recipient)).toEqual(["person@example.gov"]);
    const { csv } = await suppressionsCsv({ actor: owner, serviceId });
    expect(csv).toContain("person@example.gov");
    expect(csv).toContain("'=cmd");

    const entry = found.rows[0]?.id ?? "";
    const unknownReason = await appErrorOf(removeServiceSuppression({ actor: owner, serviceId, input: { id: entry, reason: "because" } }));
    expect(unknownReason.fieldErrors).toEqual({ reason: SUPPRESSION_FORM_ERRORS.removalReason });

    // A forged removal from another service changes nothing and says "not found".
    const other = await liveService();
    const forged = await appErrorOf(removeServiceSuppression({ actor: other.owner, serviceId: other.serviceId, input: { id: entry, reason: "added-by-mistake" } }));
    expect(forged).toMatchObject({ code: "NOT_FOUND", userMessage: SUPPRESSION_FORM_ERRORS.notFound });
    expect((await listServiceSuppressions({ actor: owner, serviceId })).total).toBe(2);
    expect(await appErrorOf(listServiceSuppressions({ actor: other.owner, serviceId }))).toMatchObject({ code: "NOT_FOUND" });

    await removeServiceSuppression({ actor: owner, serviceId, input: { id: entry, reason: "added-by-mistake" } });
    expect((await listServiceSuppressions({ actor: owner, serviceId })).total).toBe(1);
    expect(await auditTypes(serviceId)).toEqual(["suppression-added", "suppression-added", "suppression-list-downloaded", "suppression-removed"]);
  });
});
