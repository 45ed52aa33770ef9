// Sends one persisted notification through the configured provider and records the outcome.
// Called by the send-email / send-sms tasks. Idempotent: a notification that already left
// `created` is not sent again.
import { randomUUID } from "node:crypto";
import { findSmsSenderSettings, type SmsSenderSettings } from "../../db/delivery";
import { retryOnConnectionLoss } from "../../db/connection-loss";
import { findNotificationForDelivery, updateNotificationStatus } from "../../db/notifications";
import { NOTIFY_SERVICE_ID } from "../../domain/platform-templates";
import { encryptionKeys, getEnv } from "../../env";
import { logger } from "../../logger";
import { ProviderPermanentError } from "../../providers/errors";
import { isSimulatedSend, SIMULATED_PROVIDER } from "../../providers/immediate-receipt";
import { decrypt } from "../../security/encryption";
import { enqueue } from "../../jobs/enqueue";
import type { Lane } from "../../jobs/lanes";
import { recordHandedOver } from "../../jobs/lane-meter";
import { applyImmediateReceipts } from "./immediate-receipts";
import { getProviders, type Providers } from "./providers";
import { acquireSendSlot, waitForSlot, type SenderLimit } from "./rate-limit";
import { emailBrandingForDelivery } from "./email-branding";
import { renderForDelivery } from "./render";

/**
 * The bucket a message draws from: SMS per origination identity (or sender) at the sender's
 * messages-per-second, else SMS_MESSAGES_PER_SECOND; email per SES identity (the sending domain)
 * at EMAIL_MESSAGES_PER_SECOND. Null when no limit is configured.
 */
function senderLimit(channel: "email" | "sms", sender: SmsSenderSettings | null, replyToText: string | null): SenderLimit | null {
  const env = getEnv();
  if (channel === "email") return env.EMAIL_MESSAGES_PER_SECOND ? { key: `email:${env.NOTIFY_EMAIL_DOMAIN}`, ratePerSecond: env.EMAIL_MESSAGES_PER_SECOND } : null;
  const rate = sender?.messagesPerSecond ?? env.SMS_MESSAGES_PER_SECOND;
  if (!rate) return null;
  return { key: `sms:${sender?.originationIdentity ?? replyToText ?? env.SMS_DEFAULT_ORIGINATION_IDENTITY ?? "default"}`, ratePerSecond: rate };
}

/** "deferred": re-queued for a reserved slot of its sender; "later": (bulk) re-queued, or handed to `later`, to try again when the sender has room. */
export type DeliveryOutcome = "sent" | "skipped" | "missing" | "technical-failure" | "deferred" | "later";

/** How long before its reserved slot a deferred job is released, to absorb the worker's polling delay. */
const DEFER_LEAD_MS = 1_000;

/**
 * @throws ProviderRetryableError (from the provider) so the worker retries with back-off.
 * Permanent provider errors and an inactive service are recorded as technical-failure instead.
 */
export async function deliverNotification(
  notificationId: string,
  options: {
    isFinalAttempt?: boolean;
    providers?: Providers;
    notBefore?: Date;
    /** The lane it was queued in (normal when not said): a re-queued send stays in it. */
    lane?: Lane;
    /** For a batch: called with the time to try again instead of re-queuing this send on its own. */
    later?: (retryAt: Date) => void;
  } = {},
): Promise<DeliveryOutcome> {
  const log = logger.child({ notificationId });
  const lane = options.lane ?? "normal";
  const notification = await findNotificationForDelivery(notificationId);
  if (!notification) {
    log.warn("notification to deliver no longer exists");
    return "missing";
  }
  const providers = options.providers ?? getProviders();
  const normalisedTo = notification.normalisedTo ?? notification.to;
  if (notification.status !== "created") {
    const sentBy = [providers.email, providers.sms, SIMULATED_PROVIDER].find((provider) => provider.name === notification.sentBy);
    if (notification.status === "sending" && notification.reference && sentBy?.immediateReceipt) {
      // Handed over, but the worker stopped (SIGKILL, crash) before the provider's immediate
      // receipt was applied: apply it now.
      await applyImmediateReceipts(sentBy, [{ providerReference: notification.reference, normalisedTo }]);
      log.warn({ provider: sentBy.name }, "finished a send interrupted before its immediate receipt");
      return "sent";
    }
    log.info({ status: notification.status }, "notification already processed; not sending again");
    return "skipped";
  }
  if (!notification.service.active) {
    await updateNotificationStatus(notificationId, ["created"], "technical-failure", { timestamp: "failedAt" });
    log.warn({ serviceId: notification.serviceId }, "service is inactive; marked technical-failure");
    return "technical-failure";
  }

  // Simulated recipients and test keys never reach a provider, nor use its rate limit.
  if (isSimulatedSend({ keyType: notification.keyType, normalisedTo })) {
    const providerReference = `simulated-${randomUUID()}`;
    await updateNotificationStatus(notificationId, ["created"], "sending", { timestamp: "sentAt", reference: providerReference, sentBy: SIMULATED_PROVIDER.name });
    await applyImmediateReceipts(SIMULATED_PROVIDER, [{ providerReference, normalisedTo }]);
    recordHandedOver(lane);
    log.info("simulated recipient or test key; nothing sent");
    return "sent";
  }

  const env = getEnv();
  const personalisation = notification.personalisation
    ? (JSON.parse(decrypt(notification.personalisation, encryptionKeys(env))) as Record<string, unknown>)
    : {};
  const branding = notification.notificationType === "email" ? await emailBrandingForDelivery(notification.serviceId) : null;
  const message = renderForDelivery(notification, personalisation, { branding });
  const sender = message.channel === "sms" ? await findSmsSenderSettings(notification.serviceId, notification.replyToText) : null;

  // Sender rate limit: wait for a reserved slot, or re-queue this send for it.
  if (options.notBefore) {
    await waitForSlot(options.notBefore);
  } else {
    const limit = senderLimit(message.channel, sender, notification.replyToText);
    if (limit) {
      const slot = await acquireSendSlot(limit, Math.max(1, message.billableUnits), { lane });
      const task = message.channel === "email" ? "send-email" : "send-sms";
      if (slot.action === "defer") {
        await enqueue(task, { notificationId, notBefore: slot.notBefore.toISOString() }, { runAt: new Date(slot.notBefore.getTime() - DEFER_LEAD_MS), jobKey: `send:${notificationId}`, lane });
        return "deferred";
      }
      if (slot.action === "later") {
        if (options.later) options.later(slot.retryAt);
        else await enqueue(task, { notificationId }, { runAt: slot.retryAt, jobKey: `send:${notificationId}`, lane });
        return "later";
      }
    }
  }

  const provider = message.channel === "email" ? providers.email : providers.sms;
  let providerReference: string;
  try {
    if (message.channel === "email") {
      ({ providerReference } = await providers.email.sendEmail({
        to: notification.to,
        from: { name: notification.service.name, address: `${notification.service.id === NOTIFY_SERVICE_ID ? env.NOTIFY_SERVICE_EMAIL_FROM : notification.service.emailFrom}@${env.NOTIFY_EMAIL_DOMAIN}` },
        replyTo: notification.replyToText ?? undefined,
        subject: message.subject,
        text: message.text,
        html: message.html,
        unsubscribeUrl: message.unsubscribeUrl,
        idempotencyKey: notification.id,
      }));
    } else {
      ({ providerReference } = await providers.sms.sendSms({
        to: notification.to,
        body: message.body,
        sender: notification.replyToText ?? undefined,
        originationIdentity: sender?.originationIdentity ?? undefined,
        idempotencyKey: notification.id,
      }));
    }
  } catch (error) {
    if (error instanceof ProviderPermanentError || options.isFinalAttempt) {
      await updateNotificationStatus(notificationId, ["created"], "technical-failure", {
        timestamp: "failedAt",
        providerResponse: (error as Error).message.slice(0, 500),
      });
      log.error({ err: { name: (error as Error).name } }, "provider refused the message; marked technical-failure");
      return "technical-failure";
    }
    throw error;
  }

  // Handed over: record it even through a lost connection, or a rerun of the job would send it again.
  await retryOnConnectionLoss(() =>
    updateNotificationStatus(notificationId, ["created"], "sending", {
      timestamp: "sentAt",
      reference: providerReference,
      sentBy: provider.name,
      billableUnits: message.billableUnits,
    }),
  );
  recordHandedOver(lane);
  log.info({ provider: provider.name, channel: message.channel, lane }, "notification handed to provider");
  await retryOnConnectionLoss(() => applyImmediateReceipts(provider, [{ providerReference, normalisedTo }]));
  return "sent";
}
