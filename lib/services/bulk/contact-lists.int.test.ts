// Contact lists against a real database and file store: save a checked upload, list it with the day
// it will be deleted, send it with another template of the same channel (a new upload, same check),
// delete it, permissions, and the nightly purge removing lists past retention with their files.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createTestActor, createTestService, createTestTemplate, addTestMember, createTestUser, rejectionCode } from "../../../testing/factories";
import { getProviders } from "../delivery/providers";
import { purgeExpiredNotifications } from "../retention/purge-expired-notifications";
import { CONTACT_LIST_ERRORS, deleteContactList, getContactList, getContactLists, saveContactList, uploadFromContactList } from "./contact-lists";
import { checkStoredUpload, startJob, uploadSpreadsheet } from "./uploads";

const DAY = 86_400_000;
const people = new TextEncoder().encode("phone number,name\n+12025550100,Ada\n+12025550101,Bob\n+12025550102,Cy\n");

async function setup() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  const hello = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hello ((name))" });
  const bye = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Goodbye ((name))" });
  const email = await createTestTemplate(service.id, owner.userId, { type: "email", subject: "Hi", content: "Hi ((name))" });
  const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId: service.id, templateId: hello.id, fileName: "clinic people.csv", bytes: people });
  return { owner, serviceId: service.id, hello, bye, email, uploadId };
}

describe("contact lists", () => {
  it("saves a valid upload, lists it with its deletion day, and sends it with another template of the channel", async () => {
    const { owner, serviceId, hello, bye, email, uploadId } = await setup();
    await getDb().serviceDataRetention.create({ data: { serviceId, notificationType: "sms", daysOfRetention: 3 } });
    const { contactListId } = await saveContactList({ actor: owner, serviceId, uploadId });

    const [list, ...others] = await getContactLists({ actor: owner, serviceId });
    expect(others).toHaveLength(0);
    expect(list).toMatchObject({ id: contactListId, originalFileName: "clinic people.csv", rowCount: 3, templateType: "sms", createdByName: expect.any(String) });
    const created = list!.createdAt;
    expect(list!.deletesOn.getTime()).toBe(Date.UTC(created.getUTCFullYear(), created.getUTCMonth(), created.getUTCDate()) + 4 * DAY);
    expect(await getProviders().storage.get(list!.storageKey)).toEqual(Buffer.from(people));

    const detail = await getContactList({ actor: owner, serviceId, listId: contactListId });
    expect(detail.templates.map((t) => t.id).sort()).toEqual([hello.id, bye.id].sort());

    const { uploadId: again } = await uploadFromContactList({ actor: owner, serviceId, listId: contactListId, templateId: bye.id });
    const check = await checkStoredUpload({ actor: owner, serviceId, uploadId: again });
    expect(check.ok && check.fileName).toBe("clinic people.csv");
    expect(check.ok && check.check.rowCount).toBe(3);
    expect(check.ok && check.preview?.channel === "sms" && check.preview.body).toMatch(/Goodbye Ada$/);
    // The job it starts records the list it came from.
    const { jobId } = await startJob({ actor: owner, serviceId, uploadId: again, scheduledFor: null });
    expect((await getDb().job.findUnique({ where: { id: jobId }, select: { contactListId: true } }))?.contactListId).toBe(contactListId);

    const wrong = await uploadFromContactList({ actor: owner, serviceId, listId: contactListId, templateId: email.id }).catch((e: { fieldErrors?: Record<string, string> }) => e);
    expect((wrong as { fieldErrors?: Record<string, string> }).fieldErrors).toEqual({ templateId: CONTACT_LIST_ERRORS.wrongTemplate });

    const audit = await getDb().auditEvent.findMany({ where: { serviceId, eventType: { startsWith: "contact-list" } }, select: { eventType: true } });
    expect(audit.map((a) => a.eventType)).toEqual(["contact-list-saved"]);
  });

  it("refuses to save a file with problems, and needs Send messages", async () => {
    const { owner, serviceId, hello, uploadId } = await setup();
    const bad = await uploadSpreadsheet({ actor: owner, serviceId, templateId: hello.id, fileName: "bad.csv", bytes: new TextEncoder().encode("phone number,name\n12345,Ada\n") });
    expect(await rejectionCode(saveContactList({ actor: owner, serviceId, uploadId: bad.uploadId }))).toBe("BAD_REQUEST");
    const viewer = await createTestUser();
    await addTestMember(serviceId, viewer.id, ["view_activity"]);
    const actor = { sessionId: "s", userId: viewer.id, name: "Viewer", emailAddress: viewer.emailAddress, platformAdmin: false };
    expect(await rejectionCode(saveContactList({ actor, serviceId, uploadId }))).toBe("FORBIDDEN");
    expect(await rejectionCode(getContactLists({ actor, serviceId }))).toBe("FORBIDDEN");
    expect(await getDb().contactList.count({ where: { serviceId } })).toBe(0);
  });

  it("deletes a list and its file", async () => {
    const { owner, serviceId, bye, uploadId } = await setup();
    const { contactListId } = await saveContactList({ actor: owner, serviceId, uploadId });
    const { storageKey } = await getDb().contactList.findUniqueOrThrow({ where: { id: contactListId } });
    await deleteContactList({ actor: owner, serviceId, listId: contactListId });
    expect(await getProviders().storage.get(storageKey)).toBeNull();
    expect(await getContactLists({ actor: owner, serviceId })).toEqual([]);
    expect(await rejectionCode(uploadFromContactList({ actor: owner, serviceId, listId: contactListId, templateId: bye.id }))).toBe("NOT_FOUND");
    expect(await rejectionCode(deleteContactList({ actor: owner, serviceId, listId: contactListId }))).toBe("NOT_FOUND");
    const audit = await getDb().auditEvent.findMany({ where: { serviceId, eventType: { startsWith: "contact-list" } }, orderBy: { createdAt: "asc" }, select: { eventType: true } });
    expect(audit.map((a) => a.eventType)).toEqual(["contact-list-saved", "contact-list-deleted"]);
  });

  it("the nightly purge removes lists past the service's retention for their channel, with their files", async () => {
    const { owner, serviceId, uploadId } = await setup();
    await getDb().serviceDataRetention.create({ data: { serviceId, notificationType: "sms", daysOfRetention: 3 } });
    const old = await saveContactList({ actor: owner, serviceId, uploadId });
    const kept = await saveContactList({ actor: owner, serviceId, uploadId });
    const now = new Date();
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    await getDb().contactList.update({ where: { id: old.contactListId }, data: { createdAt: new Date(midnight - 3 * DAY - 1000) } });
    await getDb().contactList.update({ where: { id: kept.contactListId }, data: { createdAt: new Date(midnight - 3 * DAY + 1000) } });
    const keys = await getDb().contactList.findMany({ where: { serviceId }, select: { id: true, storageKey: true } });
    const keyOf = (id: string) => keys.find((k) => k.id === id)!.storageKey;

    const result = await purgeExpiredNotifications({ now });

    expect(result.contactListsDeleted).toBeGreaterThanOrEqual(1);
    expect(await getDb().contactList.findUnique({ where: { id: old.contactListId } })).toBeNull();
    expect(await getProviders().storage.get(keyOf(old.contactListId))).toBeNull();
    expect(await getDb().contactList.findUnique({ where: { id: kept.contactListId } })).not.toBeNull();
    expect(await getProviders().storage.get(keyOf(kept.contactListId))).not.toBeNull();
  });
});
