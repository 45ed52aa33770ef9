// POST /v2/notifications/{sms,email}: Notify's processing order (spec §5.4) with its exact error
// names and messages, then one transaction that claims the Idempotency-Key, takes one from the
// daily limit, stores the notification and queues its delivery (grouped with concurrent sends).
import { createHash } from "node:crypto";
import { insertNotificationGrouped } from "../../db/notification-group-commit";
import { findIdempotencyRecord, insertNotificationAndEnqueue } from "../../db/notifications";
import { findSendingContext } from "../../db/sending";
import type { ServiceProfile } from "../../db/services";
import { findEmailReplyTo, findSmsSender } from "../../db/settings";
import { dailyLimitApiMessage, dailyLimitKey, startOfUtcDay } from "../../domain/notifications/limits";
import { isAllowedInTrialMode } from "../../domain/recipients/guest-list";
import { validateEmailAddress } from "../../domain/recipients/email";
import { validatePhoneNumber } from "../../domain/recipients/phone";
import { EMPTY_MESSAGE_ERROR, smsTooLongMessage } from "../../domain/sms/segments";
import { extractPlaceholders, fillPlaceholders, findMissingPlaceholders, indexPersonalisation, missingPersonalisationMessage, resolveOptionalBlocks } from "../../domain/templates/placeholders";
import { emailTooLongMessage, renderEmail } from "../../domain/templates/render-email";
import { renderSms } from "../../domain/templates/render-sms";
import { sanitisePersonalisation } from "../../domain/templates/sanitise";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { notifyValidationMessages, postEmailRequestSchema, postSmsRequestSchema } from "../../schemas/api";
import { encrypt } from "../../security/encryption";
import { uuidv7 } from "../../security/random";
import type { ApiCaller } from "./authenticate";
import { listAllowedRecipients } from "../sending/allowed-recipients";

export const API_SEND_ERRORS = {
  trial: "Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode",
  teamKey: "Can’t send to this recipient using a team-only API key",
  international: "Cannot send to international mobile numbers",
  templateNotFound: "Template not found",
  templateDeleted: "Template has been deleted",
  recipientEmpty: "Recipient can't be empty",
  idempotencyMismatch: "This Idempotency-Key was already used with a different request",
  notAllowed: { sms: "Service is not allowed to send text messages", email: "Service is not allowed to send emails" },
} as const;

export type SendResult = { status: number; body: unknown; replayed: boolean };

function badRequest(message: string): AppError {
  return new AppError("BAD_REQUEST", message);
}

function validation(messages: string[]): AppError {
  return new AppError("VALIDATION", messages[0] ?? "invalid", { apiMessages: messages });
}

function baseUrl(): string {
  return getEnv().NOTIFY_BASE_URL.replace(/\/$/, "");
}

/** Notify's template reference in API responses. */
export function templateRef(serviceId: string, templateId: string, version: number) {
  return { id: templateId, version, uri: `${baseUrl()}/services/${serviceId}/templates/${templateId}` };
}

function requestHash(channel: string, body: unknown): string {
  return createHash("sha256").update(`${channel}\n${JSON.stringify(body)}`).digest("hex");
}

async function checkRecipientAllowed(caller: ApiCaller, profile: ServiceProfile, normalised: string): Promise<void> {
  if (caller.keyType === "test") return;
  if (caller.keyType === "normal" && !profile.restricted) return;
  const allowed = new Set(await listAllowedRecipients(profile.id));
  if (isAllowedInTrialMode(normalised, allowed)) return;
  throw badRequest(caller.keyType === "team" ? API_SEND_ERRORS.teamKey : API_SEND_ERRORS.trial);
}

export async function sendApiNotification({
  caller,
  channel,
  body,
  idempotencyKey,
  now = new Date(),
}: {
  caller: ApiCaller;
  channel: "sms" | "email";
  body: unknown;
  idempotencyKey?: string | null;
  now?: Date;
}): Promise<SendResult> {
  const serviceId = caller.serviceId;
  const hash = idempotencyKey ? requestHash(channel, body) : "";
  if (idempotencyKey) {
    const previous = await findIdempotencyRecord(serviceId, idempotencyKey, now);
    if (previous) return replay(previous, hash);
  }

  // 1. Shape.
  const parsed = channel === "sms" ? postSmsRequestSchema.safeParse(body) : postEmailRequestSchema.safeParse(body);
  if (!parsed.success) throw validation(notifyValidationMessages(parsed.error));
  const request = parsed.data;
  const rawRecipient = "phone_number" in request ? request.phone_number : request.email_address;

  // 2. The service may send on this channel (one query brings the service and the template).
  const context = await findSendingContext(serviceId, request.template_id);
  if (!context) throw new AppError("NOT_FOUND", "service gone");
  const { profile, template } = context;
  if (!profile.channels.includes(channel)) throw badRequest(API_SEND_ERRORS.notAllowed[channel]);

  // 3. The template: this service's, the right type, not deleted.
  if (!template) throw badRequest(API_SEND_ERRORS.templateNotFound);
  if (template.templateType !== channel) throw badRequest(`${template.templateType} template is not suitable for ${channel} notification`);
  if (template.archived) throw badRequest(API_SEND_ERRORS.templateDeleted);

  // 4. Files to send by email aren't offered (Notify's "send files by email" needs document download).
  const fileKey = Object.entries(request.personalisation ?? {}).find(([, value]) => value !== null && typeof value === "object" && !Array.isArray(value))?.[0];
  if (fileKey !== undefined) {
    throw badRequest(channel === "sms" ? "Can only send a file by email" : `Send files by email has not been set up - add contact details for your service at ${baseUrl()}/services/${serviceId}/service-settings/send-files-by-email`);
  }

  // Personalisation present (sanitised where asked), and something to send.
  const sanitiseKeys = "sanitise_content_for" in request ? (request.sanitise_content_for ?? []) : [];
  const { values: personalisation, changed } = sanitisePersonalisation(request.personalisation ?? {}, sanitiseKeys);
  const values = indexPersonalisation(personalisation);
  const missing = findMissingPlaceholders(extractPlaceholders(template.subject, template.content), values);
  if (missing.length > 0) throw badRequest(missingPersonalisationMessage(missing));

  // 5. The sender or reply-to address asked for.
  let replyTo: string | null = channel === "sms" ? (profile.defaultSmsSender ?? getEnv().NOTIFY_SERVICE_SMS_SENDER ?? null) : profile.defaultReplyTo;
  if ("sms_sender_id" in request && request.sms_sender_id) {
    const sender = await findSmsSender(serviceId, request.sms_sender_id);
    if (!sender) throw badRequest(`sms_sender_id ${request.sms_sender_id} does not exist in database for service id ${serviceId}`);
    replyTo = sender.smsSender;
  }
  if ("email_reply_to_id" in request && request.email_reply_to_id) {
    const address = await findEmailReplyTo(serviceId, request.email_reply_to_id);
    if (!address) throw badRequest(`email_reply_to_id ${request.email_reply_to_id} does not exist in database for service id ${serviceId}`);
    replyTo = address.emailAddress;
  }

  // 6. The recipient: present, well formed, allowed.
  if (!rawRecipient.trim()) throw badRequest(API_SEND_ERRORS.recipientEmpty);
  let normalised: string;
  let international = false;
  if (channel === "sms") {
    const phone = validatePhoneNumber(rawRecipient, { allowInternational: true });
    if (!phone.ok) throw validation([`phone_number ${phone.error}`]);
    if (phone.isInternational && !profile.channels.includes("international_sms")) throw badRequest(API_SEND_ERRORS.international);
    normalised = phone.e164;
    international = phone.isInternational;
  } else {
    const email = validateEmailAddress(rawRecipient);
    if (!email.ok) throw validation([`email_address ${email.error}`]);
    normalised = email.normalised;
  }
  await checkRecipientAllowed(caller, profile, normalised);

  // 7. Length, then the response the client will get.
  const id = uuidv7();
  let content: Record<string, unknown>;
  let billableUnits = 0;
  if (channel === "sms") {
    const sms = renderSms(template.content, values, { prefix: profile.prefixSms ? profile.name : null });
    if (sms.count.isEmpty) throw badRequest(EMPTY_MESSAGE_ERROR);
    if (sms.count.isTooLong) throw badRequest(smsTooLongMessage(sms.count.characterCountWithoutPrefix));
    billableUnits = sms.count.parts;
    content = { body: sms.bodyWithoutPrefix, from_number: replyTo ?? "Notify" };
  } else {
    const email = renderEmail({ subject: template.subject ?? "", content: template.content }, values);
    if (!email.text.trim()) throw badRequest(EMPTY_MESSAGE_ERROR);
    if (email.isTooLong) throw badRequest(emailTooLongMessage(email.bodyByteLength));
    content = {
      from_email: `${profile.emailFrom}@${getEnv().NOTIFY_EMAIL_DOMAIN}`,
      body: fillPlaceholders(resolveOptionalBlocks(template.content, values), values),
      subject: email.subject,
      one_click_unsubscribe_url: "one_click_unsubscribe_url" in request ? (request.one_click_unsubscribe_url ?? null) : null,
    };
  }
  const responseBody = {
    id,
    reference: request.reference ?? null,
    content,
    uri: `${baseUrl()}/v2/notifications/${id}`,
    template: templateRef(serviceId, template.id, template.version),
    scheduled_for: null,
    ...(channel === "email" ? { sanitised_content: changed } : {}),
  };

  // 8. Store and queue, with the daily limit and the idempotency claim in the same transaction.
  const limit = channel === "sms" ? profile.smsMessageLimit : profile.emailMessageLimit;
  const stored = {
    id,
    serviceId,
    notificationType: channel,
    templateId: template.id,
    templateVersion: template.version,
    to: rawRecipient,
    normalisedTo: normalised,
    personalisationEncrypted: encrypt(JSON.stringify(personalisation), getEnv().ENCRYPTION_KEY),
    keyType: caller.keyType,
    apiKeyId: caller.apiKeyId,
    clientReference: request.reference ?? undefined,
    billableUnits,
    replyToText: replyTo ?? undefined,
    international,
  };
  const task = channel === "sms" ? "send-sms" : "send-email";
  const dailyLimit = caller.keyType === "test" ? undefined : { key: dailyLimitKey(serviceId, channel), limit, day: startOfUtcDay(now) };
  // Without an Idempotency-Key, concurrent sends share a transaction (group commit); with one,
  // the key is claimed in the send's own transaction.
  const inserted = idempotencyKey
    ? await insertNotificationAndEnqueue(stored, task, {
        dailyLimit,
        idempotency: { serviceId, key: idempotencyKey, requestHash: hash, responseStatus: 201, responseBody: JSON.stringify(responseBody) },
      })
    : await insertNotificationGrouped(stored, task, { dailyLimit });
  if (!inserted.ok && inserted.reason === "daily-limit") throw new AppError("LIMIT_EXCEEDED", dailyLimitApiMessage(channel, limit));
  if (!inserted.ok && inserted.reason === "replay") return replay(inserted.record, hash);
  return { status: 201, body: responseBody, replayed: false };
}

function replay(record: { requestHash: string; responseStatus: number; responseBody: string }, hash: string): SendResult {
  if (record.requestHash !== hash) throw new AppError("CONFLICT", API_SEND_ERRORS.idempotencyMismatch, { apiError: "IdempotencyKeyError" });
  return { status: record.responseStatus, body: JSON.parse(record.responseBody) as unknown, replayed: true };
}
