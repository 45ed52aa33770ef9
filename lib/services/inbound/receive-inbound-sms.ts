// Inbound SMS from AWS End User Messaging SMS two-way messaging, delivered by SNS to
// POST /api/inbound/sns: verified like receipts (signature, topic, replay), then queued — with the
// text already encrypted — for the batched receive-inbound-sms task, which stores each message
// against the service that owns the number and queues the service's received-text callback. The
// local simulator (simulate-inbound-sms.ts) queues its texts through the same item and task.
import { z } from "zod";
import { findInboundNumberOwners, insertInboundSms, queueInboundSmsCallbacks } from "../../db/inbound";
import { applyInboundOptChanges, type InboundOptChange } from "../../db/suppressions";
import { getEnv } from "../../env";
import type { InboundSmsItem } from "../../jobs/payloads";
import type { BatchedTaskName } from "../../jobs/queue-sql";
import { logger } from "../../logger";
import { encrypt } from "../../security/encryption";
import { receiveSnsPost, type SnsEndpointDeps, type SnsEndpointResponse } from "../receipts/receive-sns";
import { classifyInboundKeyword } from "./keywords";

const inboundMessageSchema = z.looseObject({
  originationNumber: z.string().min(1).max(32),
  destinationNumber: z.string().min(1).max(32),
  messageKeyword: z.string().max(64).optional(),
  messageBody: z.string().max(10_000),
  inboundMessageId: z.string().min(1).max(255),
});

/** E.164 with a leading +, the form inbound_numbers stores (GSA strips the + to look numbers up). */
function e164(number: string): string {
  const digits = number.replace(/[^\d]/g, "");
  return `+${digits}`;
}

/** The batched task received texts are queued for, and the job key its batches share, for every way a text arrives. */
export const RECEIVE_INBOUND_SMS = { task: "receive-inbound-sms", jobKey: "receive-inbound-sms" } as const satisfies { task: BatchedTaskName; jobKey: string };

export type ReceivedText = {
  /** The service's number it was sent to. */
  to: string;
  /** The sender's number. */
  from: string;
  body: string;
  /** The keyword the provider matched, if it says (AWS sends a placeholder for ordinary messages). */
  keyword?: string;
  provider: "pinpoint" | "local";
  providerReference: string;
  receivedAt: Date;
};

/**
 * A received text as it is queued for receive-inbound-sms, whoever delivered it: both numbers in
 * E.164, STOP/HELP/START recognised, and the text already encrypted (job payloads are stored).
 */
export function buildInboundSmsItem(text: ReceivedText): InboundSmsItem {
  return {
    notifyNumber: e164(text.to),
    userNumber: e164(text.from),
    keyword: classifyInboundKeyword(text.keyword, text.body) ?? undefined,
    contentEncrypted: encrypt(text.body, getEnv().ENCRYPTION_KEY),
    providerReference: text.providerReference,
    receivedAt: text.receivedAt.toISOString(),
    provider: text.provider,
  };
}

/** POST /api/inbound/sns. Always answers like Notify once verified (200), so SNS doesn't retry content problems. */
export async function receiveInboundSms(input: { messageTypeHeader: string | null; body: string }, deps: SnsEndpointDeps = {}): Promise<SnsEndpointResponse> {
  return receiveSnsPost(
    input,
    deps,
    (message) => {
      let inner: unknown;
      try {
        inner = JSON.parse(message.Message);
      } catch {
        inner = undefined;
      }
      const parsed = inboundMessageSchema.safeParse(inner);
      if (!parsed.success) {
        logger.warn({ messageId: message.MessageId }, "SNS message is not an inbound SMS; ignored");
        return [];
      }
      const item = buildInboundSmsItem({
        to: parsed.data.destinationNumber,
        from: parsed.data.originationNumber,
        body: parsed.data.messageBody,
        keyword: parsed.data.messageKeyword,
        provider: "pinpoint",
        providerReference: parsed.data.inboundMessageId,
        receivedAt: new Date(message.Timestamp),
      });
      return [item];
    },
    { accepted: "SMS-SNS callback succeeded", ...RECEIVE_INBOUND_SMS },
  );
}

/**
 * Each sender's last STOP or START in the batch (in the order they were received), for the service
 * that owns the number it went to: STOP puts the number on the service's "do not send" list, START
 * takes it off. AWS also answers the keyword and keeps its own opt-out list; keeping that in step
 * with ours is not built yet (issue 21).
 */
function optChanges(items: readonly InboundSmsItem[], serviceIdFor: (item: InboundSmsItem) => string): InboundOptChange[] {
  const last = new Map<string, InboundOptChange>();
  for (const item of [...items].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))) {
    if (item.keyword !== "opt-out" && item.keyword !== "opt-in") continue;
    const change: InboundOptChange = { serviceId: serviceIdFor(item), recipient: item.userNumber, notifyNumber: item.notifyNumber, change: item.keyword };
    last.set(`${change.serviceId}/${change.notifyNumber}/${change.recipient}`, change);
  }
  return [...last.values()];
}

/** Stores a batch of inbound messages, applies STOP/START to the services' lists and queues callbacks. Messages to numbers no service may receive on are dropped. */
export async function storeInboundSms(items: readonly InboundSmsItem[]): Promise<{ stored: number; dropped: number; callbacks: number; optedOut: number; optedIn: number }> {
  const owners = new Map((await findInboundNumberOwners(items.map((i) => i.notifyNumber))).map((o) => [o.number, o]));
  const accepted = items.filter((item) => owners.get(item.notifyNumber)?.canReceive);
  const opted = await applyInboundOptChanges(optChanges(accepted, (item) => owners.get(item.notifyNumber)?.serviceId ?? ""));
  const ids = await insertInboundSms(
    accepted.map((item) => ({
      serviceId: owners.get(item.notifyNumber)?.serviceId ?? "",
      notifyNumber: item.notifyNumber,
      userNumber: item.userNumber,
      providerDate: new Date(item.receivedAt),
      providerReference: item.providerReference,
      provider: item.provider ?? "pinpoint",
      contentEncrypted: item.contentEncrypted,
    })),
  );
  const callbacks = await queueInboundSmsCallbacks(ids);
  const result = { stored: ids.length, dropped: items.length - accepted.length, callbacks, optedOut: opted.added, optedIn: opted.removed };
  logger.info(result, "inbound SMS stored");
  return result;
}
