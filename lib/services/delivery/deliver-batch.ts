// Sends many SMS notifications in one job with a handful of queries (load, one provider batch
// call or concurrent calls, one status update, receipts), for fan-outs such as a spreadsheet job:
// the one-at-a-time path costs about ten queries per message, which caps one worker at a few
// hundred messages a second. Anything out of the ordinary — email, an inactive service, simulated
// recipients and test keys, senders with a rate limit, render problems — goes through
// deliverNotification one by one, so every rule lives in one place.
import { findNotificationsForDelivery, findSmsSenderSettings, markNotificationsSending, type SentNotification, type SmsSenderSettings } from "../../db/delivery";
import { retryOnConnectionLoss } from "../../db/connection-loss";
import { updateNotificationStatus } from "../../db/notifications";
import { encryptionKeys, getEnv } from "../../env";
import { enqueue } from "../../jobs/enqueue";
import { turnFlags, type Lane } from "../../jobs/lanes";
import { recordHandedOver } from "../../jobs/lane-meter";
import { logger } from "../../logger";
import { ProviderPermanentError } from "../../providers/errors";
import { isSimulatedSend } from "../../providers/immediate-receipt";
import type { OutboundSms, SmsSendResult } from "../../providers/sms";
import { decrypt } from "../../security/encryption";
import { deliverNotification } from "./deliver-notification";
import { applyImmediateReceipts, type HandedOver } from "./immediate-receipts";
import { getProviders, type Providers } from "./providers";
import { renderForDelivery } from "./render";

/** `requeued`: ids put back in the queue for their rate-limited sender's next free second (bulk lane). */
export type BatchResult = { sent: number; oneByOne: number; retryQueued: number; failed: number; skipped: number; requeued: number };

export async function deliverNotificationBatch(ids: readonly string[], options: { providers?: Providers; lane?: Lane; batch?: { serviceId?: string; jobId?: string } } = {}): Promise<BatchResult> {
  const env = getEnv();
  const lane = options.lane ?? "normal";
  const providers = options.providers ?? getProviders();
  const rows = await findNotificationsForDelivery(ids);
  const result: BatchResult = { sent: 0, oneByOne: 0, retryQueued: 0, failed: 0, skipped: ids.length - rows.length, requeued: 0 };

  const senders = new Map<string, SmsSenderSettings | null>();
  for (const key of new Set(rows.filter((r) => r.notificationType === "sms").map((r) => JSON.stringify([r.serviceId, r.replyToText])))) {
    const [serviceId, replyToText] = JSON.parse(key) as [string, string | null];
    senders.set(key, await findSmsSenderSettings(serviceId, replyToText));
  }

  const oneByOne: string[] = [];
  const batch: { id: string; sms: OutboundSms; billableUnits: number; normalisedTo: string }[] = [];
  for (const row of rows) {
    const sender = senders.get(JSON.stringify([row.serviceId, row.replyToText])) ?? null;
    const isOrdinary =
      row.notificationType === "sms" &&
      row.service.active &&
      !isSimulatedSend({ keyType: row.keyType, normalisedTo: row.normalisedTo ?? row.to }) &&
      !(sender?.messagesPerSecond ?? env.SMS_MESSAGES_PER_SECOND);
    if (!isOrdinary) {
      oneByOne.push(row.id);
      continue;
    }
    try {
      const personalisation = row.personalisation ? (JSON.parse(decrypt(row.personalisation, encryptionKeys(env))) as Record<string, unknown>) : {};
      const message = renderForDelivery(row, personalisation);
      if (message.channel !== "sms") throw new Error("not an SMS");
      batch.push({ id: row.id, billableUnits: message.billableUnits, normalisedTo: row.normalisedTo ?? row.to, sms: { to: row.to, body: message.body, sender: row.replyToText ?? undefined, originationIdentity: sender?.originationIdentity ?? undefined, idempotencyKey: row.id } });
    } catch {
      oneByOne.push(row.id);
    }
  }

  const provider = providers.sms;
  let outcomes: (SmsSendResult | Error)[];
  if (provider.sendSmsBatch && batch.length) {
    outcomes = await provider.sendSmsBatch(batch.map((b) => b.sms));
  } else {
    outcomes = await Promise.all(batch.map((b) => provider.sendSms(b.sms).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
  }

  // From here on the messages have been handed over: what happened to each is recorded even if the
  // database connection is lost meanwhile, or a rerun of this job would send them again.
  const sent: SentNotification[] = [];
  const handedOver: HandedOver[] = [];
  for (const [i, item] of batch.entries()) {
    const outcome = outcomes[i];
    if (outcome && !(outcome instanceof Error)) {
      sent.push({ id: item.id, reference: outcome.providerReference, sentBy: provider.name, billableUnits: item.billableUnits });
      handedOver.push({ providerReference: outcome.providerReference, normalisedTo: item.normalisedTo });
    } else if (outcome instanceof ProviderPermanentError) {
      await retryOnConnectionLoss(() => updateNotificationStatus(item.id, ["created"], "technical-failure", { timestamp: "failedAt", providerResponse: outcome.message.slice(0, 500) }));
      result.failed += 1;
    } else {
      // Retryable: the message gets its own job, with the worker's back-off and final technical-failure.
      await retryOnConnectionLoss(() => enqueue("send-sms", { notificationId: item.id }, { jobKey: `send:${item.id}`, lane }));
      result.retryQueued += 1;
    }
  }
  const moved = await retryOnConnectionLoss(() => markNotificationsSending(sent));
  result.sent = moved.length;
  await retryOnConnectionLoss(() => applyImmediateReceipts(provider, handedOver));
  recordHandedOver(lane, moved.length);

  // One at a time, in order; when a rate-limited sender has no room in the next second (bulk
  // only), the rest go back to the queue as one batch for when it has, instead of each alone.
  for (const [i, id] of oneByOne.entries()) {
    let retryAt: Date | undefined;
    await deliverNotification(id, { providers: options.providers, lane, later: (at) => (retryAt = at) });
    if (retryAt) {
      const rest = oneByOne.slice(i);
      await enqueue("send-batch", { notificationIds: rest, ...(options.batch ?? {}) }, { runAt: retryAt, lane, flags: turnFlags(options.batch ?? {}) });
      result.requeued = rest.length;
      break;
    }
    result.oneByOne += 1;
  }
  // Ids no longer "created": sent already (a re-run), or handed to a provider with immediate
  // receipts by a worker killed before applying them. deliverNotification finishes or skips each.
  if (result.skipped > 0) {
    const loaded = new Set(rows.map((row) => row.id));
    for (const id of ids) if (!loaded.has(id)) await deliverNotification(id, { providers, lane });
  }
  logger.info(result, "notification batch delivered");
  return result;
}
