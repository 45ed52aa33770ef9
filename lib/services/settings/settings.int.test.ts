// Service settings, the guest list and asking to go live, at the service layer against PostgreSQL.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { AppError } from "../../errors";
import { changeServiceNameSchema, dataRetentionSchema, emailReplyToSchema, smsSenderSchema } from "../../schemas/settings";
import { createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import type { SessionUser } from "../auth/sessions";
import { SERVICE_NAME_TAKEN } from "../service/create-service";
import { getGoLiveStatus, goLiveChecklist, requestToGoLive } from "./go-live";
import { getGuestList, updateGuestList } from "./guest-list";
import { addEmailReplyTo, deleteEmailReplyTo, REPLY_TO_DELETE_ERROR, updateEmailReplyTo } from "./reply-to";
import { changeDataRetention, changeEmailFrom, changeInternationalSms, changeServiceName, changeSmsPrefix, getServiceSettings } from "./service-settings";
import { addSmsSender, deleteSmsSender, SMS_SENDER_DELETE_ERRORS, updateSmsSender } from "./sms-senders";

async function actor(overrides: { platformAdmin?: boolean } = {}): Promise<SessionUser> {
  const user = await createTestUser(overrides);
  return { sessionId: randomUUID(), userId: user.id, name: "Tester", emailAddress: user.emailAddress, platformAdmin: overrides.platformAdmin ?? false };
}

async function ownedService() {
  const owner = await actor();
  const service = await createTestService(owner.userId);
  return { owner, serviceId: service.id, service };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const parse = <T>(schema: { parse: (v: unknown) => T }, value: unknown) => schema.parse(value);

describe("service settings", () => {
  it("needs 'Manage settings, team and usage': others are forbidden, strangers see nothing", async () => {
    const { serviceId } = await ownedService();
    const member = await actor();
    await getDb().serviceUser.create({ data: { serviceId, userId: member.userId, permissions: ["view_activity", "manage_api_keys"] } });
    expect((await failure(getServiceSettings({ actor: member, serviceId }))).code).toBe("FORBIDDEN");
    expect((await failure(changeSmsPrefix({ actor: member, serviceId, input: { prefixSms: false } }))).code).toBe("FORBIDDEN");
    expect((await failure(requestToGoLive({ actor: member, serviceId }))).code).toBe("FORBIDDEN");
    const stranger = await actor();
    expect((await failure(getServiceSettings({ actor: stranger, serviceId }))).code).toBe("NOT_FOUND");
    expect((await failure(getGuestList({ actor: stranger, serviceId }))).code).toBe("NOT_FOUND");
  });

  it("shows the defaults: prefix on, international on, 7 days, trial limits, From address on the Notify domain", async () => {
    const { owner, serviceId, service } = await ownedService();
    const settings = await getServiceSettings({ actor: owner, serviceId });
    expect(settings).toMatchObject({ prefixSms: true, internationalSms: true, dataRetention: { sms: 7, email: 7 }, canChangeLimits: false, smsSenders: [], emailReplyTos: [] });
    expect(settings.emailFromAddress).toMatch(new RegExp(`^${service.emailFrom.replace(/\./g, "\\.")}@`));
    expect(settings.limits.smsMessageLimit).toBe(50);
  });

  it("renames the service and its From address; a name or From address in use elsewhere is refused", async () => {
    const { owner, serviceId } = await ownedService();
    const name = `Parks and Rec ${randomUUID().slice(0, 6)}`;
    await changeServiceName({ actor: owner, serviceId, input: parse(changeServiceNameSchema, { name }) });
    const row = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { name: true, emailFrom: true } });
    expect(row.name).toBe(name);
    expect(row.emailFrom).toMatch(/^parks\.and\.rec\.[a-f0-9]{6}$/);

    const other = await ownedService();
    const clash = await failure(changeServiceName({ actor: other.owner, serviceId: other.serviceId, input: { name: name.toUpperCase() } }));
    expect(clash.fieldErrors).toEqual({ name: SERVICE_NAME_TAKEN });
    // Different name, same email-safe form ("parks and rec!" → parks.and.rec…): Notify refuses it too.
    const sameFrom = await failure(changeServiceName({ actor: other.owner, serviceId: other.serviceId, input: { name: `${name}!` } }));
    expect(sameFrom.fieldErrors).toEqual({ name: SERVICE_NAME_TAKEN });
    // Renaming to its own name (different case) is fine.
    await changeServiceName({ actor: owner, serviceId, input: { name: name.toLowerCase() } });
    const events = await getDb().auditEvent.count({ where: { serviceId, eventType: "service-name-changed" } });
    expect(events).toBe(2);
  });

  it("switches the SMS prefix and international texts, sets the email sender name and data retention", async () => {
    const { owner, serviceId } = await ownedService();
    await changeSmsPrefix({ actor: owner, serviceId, input: { prefixSms: false } });
    await changeInternationalSms({ actor: owner, serviceId, input: { internationalSms: false } });
    await changeEmailFrom({ actor: owner, serviceId, input: { emailFrom: `parks.${randomUUID().slice(0, 6)}` } });
    await changeDataRetention({ actor: owner, serviceId, input: parse(dataRetentionSchema, { smsDays: "3", emailDays: "90" }) });
    let settings = await getServiceSettings({ actor: owner, serviceId });
    expect(settings).toMatchObject({ prefixSms: false, internationalSms: false, dataRetention: { sms: 3, email: 90 } });
    expect(settings.emailFrom).toMatch(/^parks\./);
    await changeInternationalSms({ actor: owner, serviceId, input: { internationalSms: true } });
    await changeDataRetention({ actor: owner, serviceId, input: { smsDays: 10, emailDays: 7 } });
    settings = await getServiceSettings({ actor: owner, serviceId });
    expect(settings).toMatchObject({ internationalSms: true, dataRetention: { sms: 10, email: 7 } });
    expect(await getDb().serviceDataRetention.count({ where: { serviceId } })).toBe(2);

    const other = await ownedService();
    const taken = await failure(changeEmailFrom({ actor: other.owner, serviceId: other.serviceId, input: { emailFrom: settings.emailFrom } }));
    expect(taken.fieldErrors).toEqual({ emailFrom: "This email sender name is already in use" });
  });

  it("text message senders: first is default, moving the default, the default can't be deleted", async () => {
    const { owner, serviceId } = await ownedService();
    const { senderId: first } = await addSmsSender({ actor: owner, serviceId, input: parse(smsSenderSchema, { smsSender: "(833) 555-0100" }) });
    const { senderId: second } = await addSmsSender({
      actor: owner,
      serviceId,
      input: parse(smsSenderSchema, { smsSender: "Parks", originationIdentity: "phone-0123456789abcdef0123456789abcdef", messagesPerSecond: "3" }),
    });
    let senders = (await getServiceSettings({ actor: owner, serviceId })).smsSenders;
    expect(senders.map((s) => [s.smsSender, s.isDefault])).toEqual([
      ["+18335550100", true],
      ["Parks", false],
    ]);
    expect(senders[1]).toMatchObject({ originationIdentity: "phone-0123456789abcdef0123456789abcdef", messagesPerSecond: 3 });

    expect((await failure(deleteSmsSender({ actor: owner, serviceId, senderId: first }))).userMessage).toBe(SMS_SENDER_DELETE_ERRORS.isDefault);
    await updateSmsSender({ actor: owner, serviceId, senderId: second, input: parse(smsSenderSchema, { smsSender: "Parks Dept", isDefault: "yes" }) });
    senders = (await getServiceSettings({ actor: owner, serviceId })).smsSenders;
    expect(senders.map((s) => [s.smsSender, s.isDefault])).toEqual([
      ["Parks Dept", true],
      ["+18335550100", false],
    ]);
    expect(senders[0]).toMatchObject({ originationIdentity: null, messagesPerSecond: null });
    await deleteSmsSender({ actor: owner, serviceId, senderId: first });
    expect((await getServiceSettings({ actor: owner, serviceId })).smsSenders).toHaveLength(1);

    // Another service's sender can't be reached through this one.
    const other = await ownedService();
    expect((await failure(deleteSmsSender({ actor: other.owner, serviceId: other.serviceId, senderId: second }))).code).toBe("NOT_FOUND");
    expect((await failure(updateSmsSender({ actor: owner, serviceId, senderId: "nope", input: parse(smsSenderSchema, { smsSender: "Parks" }) }))).code).toBe("NOT_FOUND");
  });

  it("reply-to addresses: first is default, make another default, the default can't be deleted", async () => {
    const { owner, serviceId } = await ownedService();
    const { replyToId: first } = await addEmailReplyTo({ actor: owner, serviceId, input: parse(emailReplyToSchema, { emailAddress: "Help@Parks.gov" }) });
    const { replyToId: second } = await addEmailReplyTo({ actor: owner, serviceId, input: parse(emailReplyToSchema, { emailAddress: "other@parks.gov" }) });
    expect((await getServiceSettings({ actor: owner, serviceId })).emailReplyTos.map((r) => [r.emailAddress, r.isDefault])).toEqual([
      ["help@parks.gov", true],
      ["other@parks.gov", false],
    ]);
    expect((await failure(deleteEmailReplyTo({ actor: owner, serviceId, replyToId: first }))).userMessage).toBe(REPLY_TO_DELETE_ERROR);
    await updateEmailReplyTo({ actor: owner, serviceId, replyToId: second, input: { emailAddress: "other@parks.gov", isDefault: true } });
    await deleteEmailReplyTo({ actor: owner, serviceId, replyToId: first });
    expect((await getServiceSettings({ actor: owner, serviceId })).emailReplyTos).toEqual([{ id: second, emailAddress: "other@parks.gov", isDefault: true }]);
  });
});

describe("guest list", () => {
  it("replaces the whole list, normalised, for members who manage the API integration", async () => {
    const { owner, serviceId } = await ownedService();
    await updateGuestList({ actor: owner, serviceId, input: { emailAddresses: ["A@Example.gov", "", "b@example.gov"], phoneNumbers: ["(202) 555-0104", "", "+44 7700 900123"] } });
    expect(await getGuestList({ actor: owner, serviceId })).toEqual({ emailAddresses: ["a@example.gov", "b@example.gov"], phoneNumbers: ["+12025550104", "+447700900123"] });
    await updateGuestList({ actor: owner, serviceId, input: { emailAddresses: ["c@example.gov"], phoneNumbers: [] } });
    expect(await getGuestList({ actor: owner, serviceId })).toEqual({ emailAddresses: ["c@example.gov"], phoneNumbers: [] });

    const error = await failure(updateGuestList({ actor: owner, serviceId, input: { emailAddresses: ["ok@example.gov", "not-an-email"], phoneNumbers: ["", "", "123"] } }));
    expect(error.fieldErrors).toEqual({
      "emailAddresses-1": "Enter an email address in the correct format, like name@example.com",
      "phoneNumbers-2": "Enter a phone number in the correct format, like (202) 555-0104",
    });
    // A failed save changes nothing.
    expect(await getGuestList({ actor: owner, serviceId })).toEqual({ emailAddresses: ["c@example.gov"], phoneNumbers: [] });

    const member = await actor();
    await getDb().serviceUser.create({ data: { serviceId, userId: member.userId, permissions: ["manage_users", "manage_settings"] } });
    expect((await failure(getGuestList({ actor: member, serviceId }))).code).toBe("FORBIDDEN");
  });
});

describe("request to go live", () => {
  it("is a checklist computed from the service", () => {
    expect(goLiveChecklist({ templateCount: 0, memberCount: 1, replyToCount: 0 }).map((i) => i.isDone)).toEqual([false, false, false]);
    expect(goLiveChecklist({ templateCount: 2, memberCount: 2, replyToCount: 1 }).map((i) => i.isDone)).toEqual([true, true, true]);
  });

  it("refuses until every item is done, then records the request once", async () => {
    const { owner, serviceId } = await ownedService();
    const refused = await failure(requestToGoLive({ actor: owner, serviceId }));
    expect(refused.fieldErrors).toEqual({ templates: "Add at least one template", team: "Add at least one other team member", "reply-to": "Add a reply-to email address" });

    const template = await createTestTemplate(serviceId, owner.userId, { type: "sms", content: "Hello" });
    await getDb().template.update({ where: { id: template.id }, data: { archived: true } });
    const colleague = await createTestUser();
    await getDb().serviceUser.create({ data: { serviceId, userId: colleague.id, permissions: ["view_activity"] } });
    await addEmailReplyTo({ actor: owner, serviceId, input: { emailAddress: "help@parks.gov", isDefault: false } });
    // An archived template doesn't count.
    expect((await failure(requestToGoLive({ actor: owner, serviceId }))).fieldErrors).toEqual({ templates: "Add at least one template" });

    await createTestTemplate(serviceId, owner.userId, { type: "email", content: "Hello", subject: "Hi" });
    expect((await getGoLiveStatus({ actor: owner, serviceId })).canRequest).toBe(true);
    await requestToGoLive({ actor: owner, serviceId });
    const row = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { goLiveRequestedAt: true, goLiveRequestedById: true, restricted: true } });
    expect(row.goLiveRequestedAt).toBeInstanceOf(Date);
    expect(row).toMatchObject({ goLiveRequestedById: owner.userId, restricted: true });
    expect(await getGoLiveStatus({ actor: owner, serviceId })).toMatchObject({ status: "requested", canRequest: false });
    expect((await failure(requestToGoLive({ actor: owner, serviceId }))).userMessage).toBe("Your request to go live is being reviewed");
    expect(await getDb().auditEvent.count({ where: { serviceId, eventType: "go-live-requested", userId: owner.userId } })).toBe(1);
  });
});
