// A service's text message senders: a phone number, short code or sender ID, optionally with the
// AWS origination identity and messages-per-second it uses. Exactly one (not archived) is the
// default; the default can't be deleted, nor can a sender linked to an inbound number.
import { insertAuditEvent } from "../../db/audit";
import { archiveSmsSender, findSmsSender, insertSmsSender, updateSmsSender as updateSmsSenderRow, type SmsSender } from "../../db/settings";
import { AppError } from "../../errors";
import type { SmsSenderInput } from "../../schemas/settings";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";
import { looksLikeId } from "../../domain/ids";

type Scope = { actor: SessionUser; serviceId: string };

export const SMS_SENDER_DELETE_ERRORS = {
  isDefault: "You cannot delete a default sms sender",
  inbound: "You cannot delete an inbound number",
} as const;

function fields(input: SmsSenderInput) {
  return { smsSender: input.smsSender, originationIdentity: input.originationIdentity ?? null, messagesPerSecond: input.messagesPerSecond ?? null };
}

/** One sender of this service, or AppError NOT_FOUND. */
export async function getSmsSender({ actor, serviceId, senderId }: Scope & { senderId: string }): Promise<SmsSender> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const sender = looksLikeId(senderId) ? await findSmsSender(serviceId, senderId) : null;
  if (!sender) throw new AppError("NOT_FOUND", "sms sender not found");
  return sender;
}

/** Adds a sender; the service's first sender, or one marked default, becomes the default. */
export async function addSmsSender({ actor, serviceId, input }: Scope & { input: SmsSenderInput }): Promise<{ senderId: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const { id } = await insertSmsSender(serviceId, { ...fields(input), isDefault: input.isDefault });
  await insertAuditEvent({ eventType: "sms-sender-added", userId: actor.userId, serviceId, data: { senderId: id, isDefault: input.isDefault } });
  return { senderId: id };
}

/** Changes a sender; ticking "default" moves the default to it (a default can't be un-defaulted, only replaced). */
export async function updateSmsSender({ actor, serviceId, senderId, input }: Scope & { senderId: string; input: SmsSenderInput }): Promise<void> {
  await getSmsSender({ actor, serviceId, senderId });
  if (!(await updateSmsSenderRow(serviceId, senderId, { ...fields(input), makeDefault: input.isDefault }))) throw new AppError("NOT_FOUND", "sms sender not found");
  await insertAuditEvent({ eventType: "sms-sender-changed", userId: actor.userId, serviceId, data: { senderId, madeDefault: input.isDefault } });
}

/** Deletes (archives) a sender that is neither the default nor an inbound number. */
export async function deleteSmsSender({ actor, serviceId, senderId }: Scope & { senderId: string }): Promise<void> {
  const sender = await getSmsSender({ actor, serviceId, senderId });
  if (sender.isDefault) throw new AppError("BAD_REQUEST", "default sms sender", { userMessage: SMS_SENDER_DELETE_ERRORS.isDefault });
  if (sender.inboundNumberId) throw new AppError("BAD_REQUEST", "inbound number", { userMessage: SMS_SENDER_DELETE_ERRORS.inbound });
  if (!(await archiveSmsSender(serviceId, senderId))) throw new AppError("BAD_REQUEST", "default sms sender", { userMessage: SMS_SENDER_DELETE_ERRORS.isDefault });
  await insertAuditEvent({ eventType: "sms-sender-deleted", userId: actor.userId, serviceId, data: { senderId } });
}
