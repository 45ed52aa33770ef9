// POST /v2/notifications/{sms,email}: Notify's processing order (spec §5.4) with its exact error
// names and messages, then one transaction that claims the Idempotency-Key, takes one from the
// daily limit, stores the notification and queues its delivery (grouped with concurrent sends).
import { laneForSend } from "../../domain/templates/categories";
import { createHash } from "node:crypto";
import { findIdempotencyRecord } from "../../db/notifications";
import { storeNotification } from "../../db/notification-writer";
import { findSendingContext } from "../../db/sending";
import { findSuppressionList } from "../../db/suppressions";
import { suppressedMessage } from "../../domain/recipients/suppression";
import { findEmailReplyTo, findSmsSender } from "../../db/settings";
import { dailyAllowance, dailyLimitApiMessage } from "../../domain/notifications/limits";
import { contentProblemMessage, prepareNotification, type Channel, type NotificationProblem, type ProblemCode } from "../../domain/notifications/prepare";
import { missingPersonalisationMessage } from "../../domain/templates/placeholders";
import { sanitisePersonalisation } from "../../domain/templates/sanitise";
import { FILE_ERRORS } from "../../domain/documents/files";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { notifyValidationMessages, postEmailRequestSchema, postSmsRequestSchema } from "../../schemas/api";
import { uuidv7 } from "../../security/random";
import type { ApiCaller } from "../api-keys/authenticate";
import { fileSending, scanFiles, storeSentFiles } from "../documents/send-files";
import { allowedRecipientsFor } from "./allowed-recipients";
import { notificationUri, publicUrl, templateRef } from "./api-links";
import { notificationRow } from "./notification-row";

/** As long as the stored key may be (api_idempotency_keys.key); a UUID is 36. */
export const IDEMPOTENCY_KEY_MAX = 255;

export const API_SEND_ERRORS = {
  trial: "Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode",
  teamKey: "Can’t send to this recipient using a team-only API key",
  international: "Cannot send to international mobile numbers",
  templateNotFound: "Template not found",
  templateDeleted: "Template has been deleted",
  recipientEmpty: "Recipient can't be empty",
  idempotencyMismatch: "This Idempotency-Key was already used with a different request",
  idempotencyTooLong: `Idempotency-Key must be ${IDEMPOTENCY_KEY_MAX} characters or fewer`,
  notAllowed: { sms: "Service is not allowed to send text messages", email: "Service is not allowed to send emails" },
} as const;

export type SendResult = { status: number; body: unknown; replayed: boolean };

function badRequest(message: string): AppError {
  return new AppError("BAD_REQUEST", message);
}

function validation(messages: string[]): AppError {
  return new AppError("VALIDATION", messages[0] ?? "invalid", { problems: messages });
}

function requestHash(channel: string, body: unknown): string {
  return createHash("sha256").update(`${channel}\n${JSON.stringify(body)}`).digest("hex");
}

/** A problem with the message, in Notify's API words. */
function apiProblem(problem: NotificationProblem, request: { channel: Channel; keyType?: ApiCaller["keyType"]; serviceId: string }): AppError {
  switch (problem.code) {
    case "channel-not-allowed":
      return badRequest(API_SEND_ERRORS.notAllowed[problem.channel]);
    case "wrong-template-type":
      return badRequest(`${problem.templateType} template is not suitable for ${request.channel} notification`);
    case "template-archived":
      return badRequest(API_SEND_ERRORS.templateDeleted);
    case "file-not-email":
    case "files-not-allowed":
      return badRequest(FILE_ERRORS.smsOnly);
    case "files-not-set-up":
      return badRequest(filesNotSetUpMessage(request.serviceId));
    case "file-invalid":
      return badRequest(problem.message);
    case "missing-personalisation":
      return badRequest(missingPersonalisationMessage(problem.missing));
    case "recipient-missing":
      return badRequest(API_SEND_ERRORS.recipientEmpty);
    case "recipient-invalid":
      return validation([`${request.channel === "sms" ? "phone_number" : "email_address"} ${problem.error}`]);
    case "international-not-allowed":
      return badRequest(API_SEND_ERRORS.international);
    case "recipient-not-allowed":
      return badRequest(request.keyType === "team" ? API_SEND_ERRORS.teamKey : API_SEND_ERRORS.trial);
    case "recipient-suppressed":
      return badRequest(suppressedMessage(request.channel, problem.reason));
    case "empty-message":
    case "sms-too-long":
    case "email-too-long":
      return badRequest(contentProblemMessage(problem));
  }
}

/** Notify's answer to a file from a service without contact details for its download page (the link is the settings page). */
export function filesNotSetUpMessage(serviceId: string): string {
  return `Send files by email has not been set up - add contact details for your service at ${publicUrl(`/services/${serviceId}/service-settings/send-files-by-email`)}`;
}

/** The text message sender or reply-to address the request names by id, or null for the default. */
async function findChosenSender(serviceId: string, request: { sms_sender_id?: string | null; email_reply_to_id?: string | null }): Promise<string | null> {
  if (request.sms_sender_id) {
    const sender = await findSmsSender(serviceId, request.sms_sender_id);
    if (!sender) throw badRequest(`sms_sender_id ${request.sms_sender_id} does not exist in database for service id ${serviceId}`);
    return sender.smsSender;
  }
  if (request.email_reply_to_id) {
    const address = await findEmailReplyTo(serviceId, request.email_reply_to_id);
    if (!address) throw badRequest(`email_reply_to_id ${request.email_reply_to_id} does not exist in database for service id ${serviceId}`);
    return address.emailAddress;
  }
  return null;
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
  if (idempotencyKey && idempotencyKey.length > IDEMPOTENCY_KEY_MAX) throw badRequest(API_SEND_ERRORS.idempotencyTooLong);
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

  // 2–3. The service may send on this channel; the template is this service's, the right type, not deleted.
  const context = await findSendingContext(serviceId, request.template_id);
  if (!context) throw new AppError("NOT_FOUND", "service gone");
  const { profile, template } = context;
  const problemContext = { channel, keyType: caller.keyType, serviceId };
  if (!profile.channels.includes(channel)) throw apiProblem({ code: "channel-not-allowed", channel }, problemContext);
  if (!template) throw badRequest(API_SEND_ERRORS.templateNotFound);

  // Personalisation, sanitised where asked (Notify echoes what it changed).
  const sanitiseKeys = "sanitise_content_for" in request ? (request.sanitise_content_for ?? []) : [];
  const { values: personalisation, changed } = sanitisePersonalisation(request.personalisation ?? {}, sanitiseKeys);
  const files = fileSending(serviceId, context.canSendFiles);
  // The sender asked for is looked up now (a per-number opt-out depends on it) but, as in Notify,
  // an unknown one is only reported after the template, files and personalisation.
  const chosen = await findChosenSender(serviceId, request).then(
    (sender) => ({ sender }),
    (error: unknown) => ({ sender: null, error }),
  );
  // A test key's messages go nowhere, so the "do not send" list doesn't apply to them.
  const suppressed = caller.keyType === "test" ? null : await findSuppressionList(serviceId, channel);
  const prepared = prepareNotification(
    { service: profile, template, platformSmsSender: getEnv().NOTIFY_SERVICE_SMS_SENDER ?? null },
    { channel, recipient: rawRecipient, personalisation, sender: chosen.sender, allowedRecipients: await allowedRecipientsFor(profile, caller.keyType), suppressed, files },
  );
  // Notify's order: template, then files, personalisation, the sender asked for, the recipient, the length.
  const problems = prepared.ok ? [] : prepared.problems;
  const first = (codes: ProblemCode[]) => problems.find((p) => codes.includes(p.code));
  const templateProblem = first(["wrong-template-type", "template-archived"]);
  if (templateProblem) throw apiProblem(templateProblem, problemContext);

  // 4. Files to send by email: for email only, once the service has contact details, each one valid.
  const fileProblem = first(["files-not-allowed", "file-not-email", "files-not-set-up", "file-invalid"]);
  if (fileProblem) throw apiProblem(fileProblem, problemContext);
  const missing = first(["missing-personalisation"]);
  if (missing) throw apiProblem(missing, problemContext);

  // 5. The sender or reply-to address asked for.
  if ("error" in chosen) throw chosen.error;
  const chosenSender = chosen.sender;
  // 6–7. The recipient (present, well formed, allowed), then the length.
  if (!prepared.ok) throw apiProblem(problems[0] as NotificationProblem, problemContext);
  const notification = { ...prepared.notification, replyToText: chosenSender ?? prepared.notification.replyToText };
  const { rendered } = notification;

  const id = uuidv7();
  const unsubscribeLink = "one_click_unsubscribe_url" in request ? (request.one_click_unsubscribe_url ?? null) : null;
  const content: Record<string, unknown> =
    rendered.channel === "sms"
      ? { body: rendered.bodyWithoutPrefix, from_number: notification.replyToText ?? "Notify" }
      : {
          from_email: `${profile.emailFrom}@${getEnv().NOTIFY_EMAIL_DOMAIN}`,
          body: rendered.body,
          subject: rendered.subject,
          one_click_unsubscribe_url: unsubscribeLink,
        };
  const responseBody = {
    id,
    reference: request.reference ?? null,
    content,
    uri: notificationUri(id),
    template: templateRef(template.id, template.version),
    scheduled_for: null,
    ...(channel === "email" ? { sanitised_content: changed } : {}),
  };

  // 8. Store and queue, with the daily limit and the idempotency claim in the same transaction.
  const allowance = dailyAllowance(serviceId, profile, channel, now);
  const stored = notificationRow(notification, {
    id,
    serviceId,
    keyType: caller.keyType,
    apiKeyId: caller.apiKeyId,
    clientReference: request.reference ?? undefined,
    unsubscribeLink: unsubscribeLink ?? undefined,
  });
  const task = channel === "sms" ? "send-sms" : "send-email";
  const dailyLimit = caller.keyType === "test" ? undefined : allowance;
  const idempotency = idempotencyKey ? { serviceId, key: idempotencyKey, requestHash: hash, responseStatus: 201, responseBody: JSON.stringify(responseBody) } : undefined;
  // Files are scanned and written first; their rows go in with the notification, and a send that
  // doesn't go ahead (limit, replay, any failure) deletes them again.
  const { documents } = notification;
  await scanFiles(documents);
  const sentFiles = documents.length > 0 ? await storeSentFiles({ serviceId, documents, issued: files.issued, recipient: notification.normalisedTo, now }) : null;
  let inserted: Awaited<ReturnType<typeof storeNotification>>;
  try {
    inserted = await storeNotification(stored, task, { lane: laneForSend(template, "single"), dailyLimit, idempotency, documents: sentFiles?.rows });
  } catch (error) {
    await sentFiles?.discard();
    throw error;
  }
  if (!inserted.ok) await sentFiles?.discard();
  if (!inserted.ok && inserted.reason === "daily-limit") throw new AppError("LIMIT_EXCEEDED", dailyLimitApiMessage(channel, allowance.limit));
  if (!inserted.ok && inserted.reason === "replay") return replay(inserted.record, hash);
  return { status: 201, body: responseBody, replayed: false };
}

function replay(record: { requestHash: string; responseStatus: number; responseBody: string }, hash: string): SendResult {
  if (record.requestHash !== hash) throw new AppError("CONFLICT", API_SEND_ERRORS.idempotencyMismatch, { reason: "idempotency-key-reused" });
  return { status: record.responseStatus, body: JSON.parse(record.responseBody) as unknown, replayed: true };
}
