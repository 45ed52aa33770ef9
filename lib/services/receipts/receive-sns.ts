// The SNS receipts endpoint's logic (app/api/receipts/sns/route.ts only passes the request in):
// check the message type header, verify the SNS signature and certificate host, accept only the
// configured topics, refuse replays (too old, or a MessageId already accepted), confirm
// subscriptions, and queue the SES/SMS events for the batched apply-provider-receipts task.
// Answers 4xx for anything that must not be retried (SNS retries only 5xx and network errors).
import { recordSnsMessageAndQueue } from "../../db/receipts";
import { getEnv } from "../../env";
import type { ProviderReceipt } from "../../jobs/payloads";
import { logger } from "../../logger";
import { parseProviderEvent } from "./events";
import { httpsGet, isSnsUrl, SnsVerificationError, verifySnsMessage, type SnsHttpGet, type SnsMessage } from "./sns-message";
import type { BatchedTaskName } from "../../jobs/queue-sql";

export type SnsEndpointResponse = { status: number; body: { result: "success" | "error"; message: string } };

export type SnsEndpointDeps = {
  httpGet?: SnsHttpGet;
  now?: Date;
  /** Defaults to SNS_RECEIPT_TOPIC_ARNS. */
  topicArns?: readonly string[];
};

export const MAX_SNS_BODY_BYTES = 256 * 1024;
const MESSAGE_TYPES = new Set(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]);

const ok = (message: string): SnsEndpointResponse => ({ status: 200, body: { result: "success", message } });
const refuse = (status: number, message: string): SnsEndpointResponse => ({ status, body: { result: "error", message } });

/**
 * Verifies an SNS POST and hands its content to `onNotification`, which turns the inner message
 * into work and returns what to queue. Shared by the receipts and inbound SMS endpoints.
 */
export async function receiveSnsPost(
  input: { messageTypeHeader: string | null; body: string },
  deps: SnsEndpointDeps,
  onNotification: (message: SnsMessage, receivedAt: string) => unknown[],
  labels: { accepted: string; task?: BatchedTaskName; jobKey?: string },
): Promise<SnsEndpointResponse> {
  const log = logger.child({ endpoint: "sns" });
  if (!input.messageTypeHeader || !MESSAGE_TYPES.has(input.messageTypeHeader)) return refuse(400, "Missing or unknown x-amz-sns-message-type header");
  if (Buffer.byteLength(input.body) > MAX_SNS_BODY_BYTES) return refuse(413, "Message too large");
  let raw: unknown;
  try {
    raw = JSON.parse(input.body);
  } catch {
    return refuse(400, "Body is not JSON");
  }
  const httpGet = deps.httpGet ?? httpsGet;
  const now = deps.now ?? new Date();
  let message: SnsMessage;
  try {
    message = await verifySnsMessage(raw, { httpGet, now });
  } catch (error) {
    if (!(error instanceof SnsVerificationError)) throw error;
    log.warn({ reason: error.message }, "SNS message refused");
    return refuse(400, "Message could not be verified");
  }
  if (message.Type !== input.messageTypeHeader) return refuse(400, "Message type does not match the header");
  const topics = deps.topicArns ?? getEnv().SNS_RECEIPT_TOPIC_ARNS;
  if (!topics.includes(message.TopicArn)) {
    log.warn({ topicArn: message.TopicArn, messageId: message.MessageId }, "SNS message from a topic we don't accept");
    return refuse(403, "Topic not accepted");
  }

  if (message.Type === "SubscriptionConfirmation") {
    if (!message.SubscribeURL || !isSnsUrl(message.SubscribeURL)) return refuse(400, "SubscribeURL is not an https URL on an SNS host");
    if ((await recordSnsMessageAndQueue(message.MessageId, [])) === "duplicate") return refuse(409, "Message already received");
    await httpGet(message.SubscribeURL);
    log.info({ topicArn: message.TopicArn }, "SNS subscription confirmed");
    return ok("Subscription confirmed");
  }
  if (message.Type === "UnsubscribeConfirmation") {
    log.warn({ topicArn: message.TopicArn }, "SNS subscription was removed");
    return ok("Unsubscribe noted");
  }

  const items = onNotification(message, now.toISOString());
  if ((await recordSnsMessageAndQueue(message.MessageId, items, { task: labels.task, jobKey: labels.jobKey })) === "duplicate") {
    log.info({ messageId: message.MessageId }, "SNS message already received; ignored");
    return refuse(409, "Message already received");
  }
  return ok(labels.accepted);
}

/** POST /api/receipts/sns: SES events and SMS events. */
export async function receiveSnsReceipt(input: { messageTypeHeader: string | null; body: string }, deps: SnsEndpointDeps = {}): Promise<SnsEndpointResponse> {
  return receiveSnsPost(
    input,
    deps,
    (message, receivedAt) => {
      let inner: unknown;
      try {
        inner = JSON.parse(message.Message);
      } catch {
        logger.warn({ messageId: message.MessageId }, "SNS notification whose Message is not JSON; ignored");
        return [];
      }
      const event = parseProviderEvent(inner, receivedAt);
      if (event.kind === "ignored") {
        logger.info({ messageId: message.MessageId, reason: event.reason }, "provider event ignored");
        return [];
      }
      const item: ProviderReceipt = event.kind === "status" ? { kind: "status", ...event.receipt } : { kind: "complaint", ...event.complaint };
      return [item];
    },
    { accepted: "SES-SNS callback succeeded" },
  );
}
