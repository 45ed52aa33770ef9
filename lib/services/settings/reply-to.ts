// A service's reply-to email addresses: where replies to its emails go. Exactly one (not archived)
// is the default; the default can't be deleted.
import { insertAuditEvent } from "../../db/audit";
import { archiveEmailReplyTo, findEmailReplyTo, insertEmailReplyTo, updateEmailReplyTo as updateEmailReplyToRow, type EmailReplyTo } from "../../db/settings";
import { AppError } from "../../errors";
import type { EmailReplyToInput } from "../../schemas/settings";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";
import { looksLikeId } from "../../domain/ids";

type Scope = { actor: SessionUser; serviceId: string };

export const REPLY_TO_DELETE_ERROR = "You cannot delete a default email reply to address";

/** One reply-to address of this service, or AppError NOT_FOUND. */
export async function getEmailReplyTo({ actor, serviceId, replyToId }: Scope & { replyToId: string }): Promise<EmailReplyTo> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const replyTo = looksLikeId(replyToId) ? await findEmailReplyTo(serviceId, replyToId) : null;
  if (!replyTo) throw new AppError("NOT_FOUND", "reply-to not found");
  return replyTo;
}

/** Adds an address; the service's first, or one marked default, becomes the default. */
export async function addEmailReplyTo({ actor, serviceId, input }: Scope & { input: EmailReplyToInput }): Promise<{ replyToId: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const { id } = await insertEmailReplyTo(serviceId, input);
  await insertAuditEvent({ eventType: "email-reply-to-added", userId: actor.userId, serviceId, data: { replyToId: id, isDefault: input.isDefault } });
  return { replyToId: id };
}

export async function updateEmailReplyTo({ actor, serviceId, replyToId, input }: Scope & { replyToId: string; input: EmailReplyToInput }): Promise<void> {
  await getEmailReplyTo({ actor, serviceId, replyToId });
  if (!(await updateEmailReplyToRow(serviceId, replyToId, { emailAddress: input.emailAddress, makeDefault: input.isDefault }))) throw new AppError("NOT_FOUND", "reply-to not found");
  await insertAuditEvent({ eventType: "email-reply-to-changed", userId: actor.userId, serviceId, data: { replyToId, madeDefault: input.isDefault } });
}

/** Deletes (archives) an address that is not the default. */
export async function deleteEmailReplyTo({ actor, serviceId, replyToId }: Scope & { replyToId: string }): Promise<void> {
  const replyTo = await getEmailReplyTo({ actor, serviceId, replyToId });
  const refused = new AppError("BAD_REQUEST", "default reply-to", { userMessage: REPLY_TO_DELETE_ERROR });
  if (replyTo.isDefault || !(await archiveEmailReplyTo(serviceId, replyToId))) throw refused;
  await insertAuditEvent({ eventType: "email-reply-to-deleted", userId: actor.userId, serviceId, data: { replyToId } });
}
