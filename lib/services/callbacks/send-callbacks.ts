// Delivery-status, complaint and received-text callbacks to services (Notify spec §1.13). Each runs in its own
// worker job, queued after the status change is committed, so a slow or failing service never
// holds up sending. A retryable failure re-queues the callback 300 s later, five times at most
// (Notify's 5 × 300 s); other failures are dropped. Tokens are decrypted only here, never logged.
import { findComplaintForCallback, findNotificationForCallback, findServiceCallback } from "../../db/callbacks";
import { findInboundSmsForCallback } from "../../db/inbound";
import { COMPLETED_STATUSES } from "../../domain/notifications/status";
import { encryptionKeys } from "../../env";
import { enqueue } from "../../jobs/enqueue";
import { logger } from "../../logger";
import { decrypt } from "../../security/encryption";
import { postCallback, type CallbackOutcome, type CallbackPoster } from "./post-callback";
import { notifyDateTime } from "../../domain/notifications/date-format";

export const CALLBACK_MAX_RETRIES = 5;
export const CALLBACK_RETRY_DELAY_MS = 300_000;
export const CALLBACK_TIMEOUT_MS = 5_000;
/** GSA gives received-text callbacks a minute. */
export const INBOUND_CALLBACK_TIMEOUT_MS = 60_000;

export type CallbackRunResult = "sent" | "no-callback" | "missing" | "not-final" | "retry-queued" | "dropped" | "gave-up";

type Options = { post?: CallbackPoster; retryDelayMs?: number; timeoutMs?: number };

async function settle(
  outcome: CallbackOutcome,
  retry: (attempt: number, runAt: Date) => Promise<void>,
  context: { attempt: number; retryDelayMs: number; log: typeof logger },
): Promise<CallbackRunResult> {
  if (outcome.result === "delivered") {
    context.log.info({ attempt: context.attempt }, "callback sent");
    return "sent";
  }
  if (outcome.result === "drop") {
    context.log.warn({ reason: outcome.reason }, "callback refused by the service; dropped");
    return "dropped";
  }
  if (context.attempt >= CALLBACK_MAX_RETRIES) {
    context.log.warn({ reason: outcome.reason, attempt: context.attempt }, "callback failed after every retry; given up");
    return "gave-up";
  }
  await retry(context.attempt + 1, new Date(Date.now() + context.retryDelayMs));
  context.log.info({ reason: outcome.reason, attempt: context.attempt }, "callback failed; retry queued");
  return "retry-queued";
}

/** POSTs Notify's delivery-status JSON for one notification to its service's callback URL. */
export async function sendDeliveryStatusCallback(input: { notificationId: string; retry?: number }, options: Options = {}): Promise<CallbackRunResult> {
  const log = logger.child({ notificationId: input.notificationId, callback: "delivery_status" });
  const notification = await findNotificationForCallback(input.notificationId);
  if (!notification) return "missing";
  if (!COMPLETED_STATUSES.includes(notification.status)) return "not-final";
  const callback = await findServiceCallback(notification.serviceId, "delivery_status");
  if (!callback) return "no-callback";

  const payload = {
    id: notification.id,
    reference: notification.clientReference,
    to: notification.to,
    status: notification.status,
    created_at: notifyDateTime(notification.createdAt),
    completed_at: notifyDateTime(notification.updatedAt),
    sent_at: notifyDateTime(notification.sentAt),
    notification_type: notification.notificationType,
    template_id: notification.templateId,
    template_version: notification.templateVersion,
  };
  const outcome = await (options.post ?? postCallback)({
    url: callback.url,
    bearerToken: decrypt(callback.bearerTokenEncrypted, encryptionKeys()),
    payload,
    timeoutMs: options.timeoutMs ?? CALLBACK_TIMEOUT_MS,
  });
  return settle(
    outcome,
    (retry, runAt) => enqueue("send-delivery-status", { notificationId: notification.id, retry }, { runAt, jobKey: `callback:${notification.id}:retry`, maxAttempts: 3 }),
    { attempt: input.retry ?? 0, retryDelayMs: options.retryDelayMs ?? CALLBACK_RETRY_DELAY_MS, log: log.child({ serviceId: notification.serviceId }) },
  );
}

/** POSTs Notify's complaint JSON for one stored complaint. */
export async function sendComplaintCallback(input: { complaintId: string; retry?: number }, options: Options = {}): Promise<CallbackRunResult> {
  const log = logger.child({ complaintId: input.complaintId, callback: "complaint" });
  const complaint = await findComplaintForCallback(input.complaintId);
  if (!complaint) return "missing";
  const callback = await findServiceCallback(complaint.serviceId, "complaint");
  if (!callback) return "no-callback";
  const outcome = await (options.post ?? postCallback)({
    url: callback.url,
    bearerToken: decrypt(callback.bearerTokenEncrypted, encryptionKeys()),
    payload: {
      notification_id: complaint.notificationId,
      complaint_id: complaint.id,
      reference: complaint.notification.clientReference,
      to: complaint.notification.to,
      complaint_date: notifyDateTime(complaint.complaintDate),
    },
    timeoutMs: options.timeoutMs ?? CALLBACK_TIMEOUT_MS,
  });
  return settle(
    outcome,
    (retry, runAt) => enqueue("send-complaint", { complaintId: complaint.id, retry }, { runAt, jobKey: `complaint:${complaint.id}:retry`, maxAttempts: 3 }),
    { attempt: input.retry ?? 0, retryDelayMs: options.retryDelayMs ?? CALLBACK_RETRY_DELAY_MS, log: log.child({ serviceId: complaint.serviceId }) },
  );
}

/** POSTs Notify's received-text JSON for one stored inbound SMS. */
export async function sendInboundSmsCallback(input: { inboundSmsId: string; retry?: number }, options: Options = {}): Promise<CallbackRunResult> {
  const log = logger.child({ inboundSmsId: input.inboundSmsId, callback: "inbound_sms" });
  const inbound = await findInboundSmsForCallback(input.inboundSmsId);
  if (!inbound) return "missing";
  const callback = await findServiceCallback(inbound.serviceId, "inbound_sms");
  if (!callback) return "no-callback";
  const keys = encryptionKeys();
  const outcome = await (options.post ?? postCallback)({
    url: callback.url,
    bearerToken: decrypt(callback.bearerTokenEncrypted, keys),
    payload: {
      id: inbound.id,
      source_number: inbound.userNumber,
      destination_number: inbound.notifyNumber,
      message: decrypt(inbound.contentEncrypted, keys),
      date_received: notifyDateTime(inbound.providerDate),
    },
    timeoutMs: options.timeoutMs ?? INBOUND_CALLBACK_TIMEOUT_MS,
  });
  return settle(
    outcome,
    (retry, runAt) => enqueue("send-inbound-sms", { inboundSmsId: inbound.id, retry }, { runAt, jobKey: `inbound:${inbound.id}:retry`, maxAttempts: 3 }),
    { attempt: input.retry ?? 0, retryDelayMs: options.retryDelayMs ?? CALLBACK_RETRY_DELAY_MS, log: log.child({ serviceId: inbound.serviceId }) },
  );
}
