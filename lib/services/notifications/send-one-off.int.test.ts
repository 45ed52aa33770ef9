// Sending one message from the portal, against a real database and graphile-worker's queue.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { addTestMember, createTestActor, createTestService, createTestTemplate, rejectionCode } from "../../../testing/factories";
import { getNotification } from "./get-notification";
import { checkRecipient, getOneOffContext, ONE_OFF_ERRORS, sendOneOff } from "./send-one-off";
import { queuedDeliveriesOf } from "../../../testing/queued-jobs";

async function setup(content = "Hi ((name)), your code is ((code)).") {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  const sms = await createTestTemplate(service.id, owner.userId, { type: "sms", content });
  const email = await createTestTemplate(service.id, owner.userId, { type: "email", subject: "Hello ((name))", content: "Dear ((name))" });
  return { owner, serviceId: service.id, serviceName: service.name, sms, email };
}

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: { fieldErrors?: Record<string, string>; userMessage?: string }) => e,
  );
}

describe("one-off sends", () => {
  it("sends an SMS to a team member in trial mode and queues its delivery", async () => {
    const { owner, serviceId, sms } = await setup();
    const { notificationId } = await sendOneOff({ actor: owner, serviceId, templateId: sms.id, recipient: "(202) 555-0123", values: { name: "Ada", code: "123" }, scheduledFor: null });
    const row = await getDb().notification.findUniqueOrThrow({ where: { id: notificationId } });
    expect(row).toMatchObject({ normalisedTo: "+12025550123", templateVersion: 1, createdById: owner.userId, billableUnits: 1, status: "created" });
    expect(row.personalisation).not.toContain("Ada");
    // Stored and queued as every send without an Idempotency-Key is: grouped, delivered by send-batch.
    expect((await queuedDeliveriesOf(notificationId)).map((j) => j.task)).toEqual(["send-batch"]);
    const page = await getNotification({ actor: owner, serviceId, notificationId });
    expect(page.preview.channel === "sms" && page.preview.body).toMatch(/: Hi Ada, your code is 123\.$/);
    expect(page.statusLabel).toBe("Sending");
  });

  it("refuses people outside the team and guest list while in trial mode, and allows them when live", async () => {
    const { owner, serviceId, sms, email } = await setup();
    const context = await getOneOffContext({ actor: owner, serviceId, templateId: sms.id });
    expect(await checkRecipient(context, "+1 202 555 0199")).toEqual({ ok: false, error: ONE_OFF_ERRORS.trial.sms });
    await getDb().serviceGuestList.create({ data: { serviceId, recipientType: "mobile", recipient: "+12025550199" } });
    expect(await checkRecipient(context, "202-555-0199")).toMatchObject({ ok: true, normalised: "+12025550199" });
    const emailContext = await getOneOffContext({ actor: owner, serviceId, templateId: email.id });
    expect(await checkRecipient(emailContext, "someone@else.gov")).toEqual({ ok: false, error: ONE_OFF_ERRORS.trial.email });
    expect(await checkRecipient(emailContext, "not an email")).toEqual({ ok: false, error: "Not a valid email address" });
    await getDb().service.update({ where: { id: serviceId }, data: { restricted: false } });
    const live = await getOneOffContext({ actor: owner, serviceId, templateId: email.id });
    expect(await checkRecipient(live, "Someone@Else.gov")).toMatchObject({ ok: true, normalised: "someone@else.gov" });
  });

  it("rejects missing and unknown placeholder values without storing anything", async () => {
    const { owner, serviceId, sms } = await setup();
    const missing = await failure(sendOneOff({ actor: owner, serviceId, templateId: sms.id, recipient: "+12025550123", values: { name: "Ada", code: " " }, scheduledFor: null }));
    expect(missing?.fieldErrors).toEqual({ "placeholder-1": "Enter code" });
    const unknown = await failure(sendOneOff({ actor: owner, serviceId, templateId: sms.id, recipient: "+12025550123", values: { name: "Ada", code: "1", colour: "red" }, scheduledFor: null }));
    expect(unknown?.userMessage).toBe(ONE_OFF_ERRORS.unknownPlaceholder("colour"));
    expect(await getDb().notification.count({ where: { serviceId } })).toBe(0);
  });

  it("refuses a message that is too long once values are filled in", async () => {
    const { owner, serviceId, sms } = await setup("((text))");
    const tooLong = await failure(sendOneOff({ actor: owner, serviceId, templateId: sms.id, recipient: "+12025550123", values: { text: "x".repeat(1000) }, scheduledFor: null }));
    expect(tooLong?.userMessage).toBe("Your message is too long. Text messages cannot be longer than 918 characters. Your message is 1000 characters long.");
  });

  it("schedules a send: the job waits until the chosen time", async () => {
    const { owner, serviceId, email } = await setup();
    const at = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000);
    const { notificationId } = await sendOneOff({ actor: owner, serviceId, templateId: email.id, recipient: owner.emailAddress, values: { name: "Ada" }, scheduledFor: at });
    const [job] = await queuedDeliveriesOf(notificationId);
    expect(job?.runAt.toISOString()).toBe(at.toISOString());
    expect((await getNotification({ actor: owner, serviceId, notificationId })).statusLabel).toBe("Scheduled");
  });

  it("stops at the daily limit", async () => {
    const { owner, serviceId, email } = await setup();
    await getDb().service.update({ where: { id: serviceId }, data: { emailMessageLimit: 1 } });
    await sendOneOff({ actor: owner, serviceId, templateId: email.id, recipient: owner.emailAddress, values: { name: "A" }, scheduledFor: null });
    const second = await failure(sendOneOff({ actor: owner, serviceId, templateId: email.id, recipient: owner.emailAddress, values: { name: "B" }, scheduledFor: null }));
    expect(second?.userMessage).toBe(ONE_OFF_ERRORS.dailyLimit(1));
  });

  it("needs the send permission, and shows a message only to those allowed to see it", async () => {
    const { owner, serviceId, sms } = await setup();
    const viewer = await createTestActor();
    await addTestMember(serviceId, viewer.userId, ["view_activity"]);
    const sender = await createTestActor();
    await addTestMember(serviceId, sender.userId, ["send_texts", "send_emails"]);
    expect(await rejectionCode(sendOneOff({ actor: viewer, serviceId, templateId: sms.id, recipient: "+12025550123", values: { name: "A", code: "1" }, scheduledFor: null }))).toBe("FORBIDDEN");
    const { notificationId } = await sendOneOff({ actor: owner, serviceId, templateId: sms.id, recipient: "+12025550123", values: { name: "A", code: "1" }, scheduledFor: null });
    expect((await getNotification({ actor: viewer, serviceId, notificationId })).notification.id).toBe(notificationId);
    // A sender without "see dashboard" sees only their own messages.
    expect(await rejectionCode(getNotification({ actor: sender, serviceId, notificationId }))).toBe("NOT_FOUND");
    const outsider = await setup();
    expect(await rejectionCode(getNotification({ actor: outsider.owner, serviceId: outsider.serviceId, notificationId }))).toBe("NOT_FOUND");
  });
});
