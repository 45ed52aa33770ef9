// Contact lists: a checked, valid spreadsheet saved so the service can send it again with any
// template of the same channel (Notify's service_contact_list). The file is copied to its own key
// in the file store, so it outlives the upload it came from; using a list makes a new upload of
// that copy and goes through the same check page. Lists follow the service's retention for their
// channel: the nightly purge deletes them and their files. Needs "Send messages", as uploads do.
import { randomUUID } from "node:crypto";
import { insertAuditEvent } from "../../db/audit";
import { archiveContactList, deleteContactLists, findChannelRetentionDays, findContactList, findUpload, insertContactList, listContactLists, listExpiredContactLists, type ContactListSummary } from "../../db/bulk";
import { listTemplates } from "../../db/templates";
import { looksLikeId } from "../../domain/ids";
import { AppError } from "../../errors";
import type { FileStorage } from "../../providers/storage";
import type { SessionUser } from "../auth/sessions";
import { getProviders } from "../delivery/providers";
import { requireServiceAccess } from "../service/service-access";
import { checkStoredUpload, uploadSpreadsheet, UPLOAD_ERRORS } from "./uploads";

const DAY_MS = 86_400_000;
const PURGE_CHUNK = 100;

export const CONTACT_LIST_ERRORS = {
  wrongTemplate: "Choose a template of the same type as the list",
  gone: "This contact list is no longer stored. Upload the file again.",
} as const;

type Actor = { actor: SessionUser; serviceId: string };

export type ContactListView = ContactListSummary & {
  /** The day the nightly purge deletes it: the day after created day + retention (UTC). */
  deletesOn: Date;
};

/** When the nightly purge removes something created at `createdAt` with `days` of retention (the purge keeps whole days). */
function deletionDay(createdAt: Date, days: number): Date {
  const day = Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth(), createdAt.getUTCDate());
  return new Date(day + (days + 1) * DAY_MS);
}

async function withDeletionDays(serviceId: string, lists: ContactListSummary[]): Promise<ContactListView[]> {
  const retention = await findChannelRetentionDays(serviceId);
  if (!retention) throw new AppError("NOT_FOUND", "service not found");
  return lists.map((list) => ({ ...list, deletesOn: deletionDay(list.createdAt, retention[list.templateType]) }));
}

async function loadList(serviceId: string, listId: string): Promise<ContactListSummary> {
  const list = looksLikeId(listId) ? await findContactList(serviceId, listId) : null;
  if (!list) throw new AppError("NOT_FOUND", "contact list not found");
  return list;
}

/** Saves a checked upload as a contact list. Only a valid file can be saved. */
export async function saveContactList({ actor, serviceId, uploadId }: Actor & { uploadId: string }): Promise<{ contactListId: string }> {
  const result = await checkStoredUpload({ actor, serviceId, uploadId });
  if (!result.ok || !result.check.isValid) throw new AppError("BAD_REQUEST", "upload not valid", { userMessage: UPLOAD_ERRORS.notValid });
  const upload = await findUpload(serviceId, uploadId);
  const bytes = upload ? await getProviders().storage.get(upload.storageKey) : null;
  if (!upload || !bytes) throw new AppError("NOT_FOUND", "the uploaded file is no longer stored");
  const contactListId = randomUUID();
  const extension = upload.storageKey.slice(upload.storageKey.lastIndexOf(".") + 1);
  const storageKey = `contact-lists/${serviceId}/${contactListId}.${extension}`;
  await getProviders().storage.put(storageKey, bytes, { contentType: "text/csv" });
  await insertContactList({ id: contactListId, serviceId, originalFileName: result.fileName, storageKey, rowCount: result.check.rowCount, templateType: result.template.templateType, createdById: actor.userId });
  await insertAuditEvent({ eventType: "contact-list-saved", userId: actor.userId, serviceId, data: { contactListId, rows: result.check.rowCount } });
  return { contactListId };
}

/** The service's saved lists, newest first, each with the day it will be deleted. */
export async function getContactLists({ actor, serviceId }: Actor): Promise<ContactListView[]> {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  return withDeletionDays(serviceId, await listContactLists(serviceId));
}

/** One list, with the service's templates it can be sent with (same channel). */
export async function getContactList({ actor, serviceId, listId }: Actor & { listId: string }) {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  const list = await loadList(serviceId, listId);
  const [view] = await withDeletionDays(serviceId, [list]);
  const templates = (await listTemplates(serviceId)).filter((t) => t.templateType === list.templateType).map((t) => ({ id: t.id, name: t.name }));
  return { list: view as ContactListView, templates };
}

/** Sends a saved list with a template: a new upload of the list's file, for the usual check page. */
export async function uploadFromContactList({ actor, serviceId, listId, templateId }: Actor & { listId: string; templateId: string }): Promise<{ uploadId: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  const list = await loadList(serviceId, listId);
  const template = (await listTemplates(serviceId)).find((t) => t.id === templateId);
  if (!template || template.templateType !== list.templateType) throw new AppError("VALIDATION", "template not usable with this list", { fieldErrors: { templateId: CONTACT_LIST_ERRORS.wrongTemplate } });
  const bytes = await getProviders().storage.get(list.storageKey);
  if (!bytes) throw new AppError("BAD_REQUEST", "contact list file missing", { userMessage: CONTACT_LIST_ERRORS.gone });
  return uploadSpreadsheet({ actor, serviceId, templateId, fileName: list.originalFileName, bytes, contactListId: list.id });
}

/** Deletes a saved list: its file goes at once, and the row is archived (the nightly purge removes it). */
export async function deleteContactList({ actor, serviceId, listId }: Actor & { listId: string }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  const list = await loadList(serviceId, listId);
  await getProviders().storage.delete(list.storageKey);
  if (!(await archiveContactList(serviceId, list.id))) throw new AppError("NOT_FOUND", "contact list not found");
  await insertAuditEvent({ eventType: "contact-list-deleted", userId: actor.userId, serviceId, data: { contactListId: list.id } });
}

/** Nightly: deletes contact lists (rows and files) past their service's retention for the channel. Returns how many. */
export async function purgeExpiredContactLists(now: Date, storage: FileStorage = getProviders().storage): Promise<number> {
  let deleted = 0;
  for (;;) {
    const lists = await listExpiredContactLists(now, PURGE_CHUNK);
    for (const list of lists) await storage.delete(list.storageKey);
    await deleteContactLists(lists.map((l) => l.id));
    deleted += lists.length;
    if (lists.length < PURGE_CHUNK) return deleted;
  }
}
