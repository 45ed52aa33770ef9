// Turns the JSON inside an SNS notification into status receipts: SES events (configuration-set
// event publishing uses `eventType`, identity notifications use `notificationType`) and AWS End
// User Messaging SMS (Pinpoint SMS Voice v2) events. Mapping follows Notify (spec §9.5 for SES);
// SMS statuses are mapped to Notify's delivered / temporary / permanent / technical failure.
import { z } from "zod";
import type { ProviderReceipt } from "../../jobs/payloads";

type ReceiptStatus = Extract<ProviderReceipt, { kind: "status" }>["status"];

export type Receipt = {
  provider: "ses" | "pinpoint";
  providerReference: string;
  status: ReceiptStatus;
  providerResponse?: string;
  /** When the provider says the event happened (ISO 8601). */
  eventAt: string;
};

export type ComplaintReceipt = { providerReference: string; feedbackId?: string; complaintType?: string; complaintDate: string };

export type ParsedEvent =
  | { kind: "status"; receipt: Receipt }
  | { kind: "complaint"; complaint: ComplaintReceipt }
  | { kind: "ignored"; reason: string };

const sesEventSchema = z.looseObject({
  eventType: z.string().optional(),
  notificationType: z.string().optional(),
  mail: z.looseObject({ messageId: z.string().min(1), timestamp: z.string().optional() }),
  delivery: z.looseObject({ timestamp: z.string().optional() }).optional(),
  bounce: z.looseObject({ bounceType: z.string(), bounceSubType: z.string().optional(), timestamp: z.string().optional() }).optional(),
  complaint: z.looseObject({ feedbackId: z.string().optional(), complaintFeedbackType: z.string().optional(), timestamp: z.string().optional() }).optional(),
  reject: z.looseObject({ reason: z.string().optional() }).optional(),
});

const smsEventSchema = z.looseObject({
  eventType: z.string().startsWith("TEXT_"),
  messageId: z.string().min(1),
  messageStatus: z.string(),
  messageStatusDescription: z.string().optional(),
  eventTimestamp: z.union([z.number(), z.string()]).optional(),
});

/** Notify's provider_response texts for the SES bounce types it names. */
function sesBounceResponse(bounceType: string, subType: string | undefined): string | undefined {
  if (bounceType === "Permanent" && subType === "Suppressed") return "The email address is on our email provider suppression list";
  if (bounceType === "Permanent" && subType === "OnAccountSuppressionList") return "The email address is on the account suppression list";
  if (bounceType === "Transient" && subType === "AttachmentRejected") return "The email was rejected because of its attachments";
  return undefined;
}

const SMS_STATUS: Record<string, ReceiptStatus> = {
  DELIVERED: "delivered",
  SUCCESSFUL: "pending",
  QUEUED: "pending",
  PENDING: "pending",
  INVALID: "permanent-failure",
  INVALID_MESSAGE: "permanent-failure",
  OPTED_OUT: "permanent-failure",
  BLOCKED: "permanent-failure",
  CARRIER_BLOCKED: "permanent-failure",
  SPAM: "permanent-failure",
  UNREACHABLE: "temporary-failure",
  CARRIER_UNREACHABLE: "temporary-failure",
  TTL_EXPIRED: "temporary-failure",
  UNKNOWN: "temporary-failure",
  NO_QUOTA_LEFT_ON_ACCOUNT: "technical-failure",
  MAX_PRICE_EXCEEDED: "technical-failure",
};

function isoFrom(value: string | number | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const date = new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? fallback : date.toISOString();
}

/** Reads one provider event. `receivedAt` stands in for events without a timestamp. */
export function parseProviderEvent(body: unknown, receivedAt: string): ParsedEvent {
  const sms = smsEventSchema.safeParse(body);
  if (sms.success) {
    const status = SMS_STATUS[sms.data.messageStatus];
    if (!status) return { kind: "ignored", reason: `SMS status ${sms.data.messageStatus.slice(0, 40)}` };
    return {
      kind: "status",
      receipt: {
        provider: "pinpoint",
        providerReference: sms.data.messageId,
        status,
        providerResponse: status.endsWith("failure") ? sms.data.messageStatusDescription?.slice(0, 255) ?? sms.data.messageStatus : undefined,
        eventAt: isoFrom(sms.data.eventTimestamp, receivedAt),
      },
    };
  }
  const ses = sesEventSchema.safeParse(body);
  if (!ses.success) return { kind: "ignored", reason: "not an SES or SMS event" };
  const event = ses.data;
  const type = event.eventType ?? event.notificationType;
  const reference = event.mail.messageId;
  switch (type) {
    case "Delivery":
      return { kind: "status", receipt: { provider: "ses", providerReference: reference, status: "delivered", eventAt: isoFrom(event.delivery?.timestamp, receivedAt) } };
    case "Bounce": {
      const bounceType = event.bounce?.bounceType ?? "Undetermined";
      return {
        kind: "status",
        receipt: {
          provider: "ses",
          providerReference: reference,
          status: bounceType === "Permanent" ? "permanent-failure" : "temporary-failure",
          providerResponse: sesBounceResponse(bounceType, event.bounce?.bounceSubType),
          eventAt: isoFrom(event.bounce?.timestamp, receivedAt),
        },
      };
    }
    case "Reject":
      // SES refused to send it (a virus was found): Notify's technical-failure.
      return { kind: "status", receipt: { provider: "ses", providerReference: reference, status: "technical-failure", providerResponse: "Rejected by SES", eventAt: receivedAt } };
    case "Complaint":
      return {
        kind: "complaint",
        complaint: {
          providerReference: reference,
          feedbackId: event.complaint?.feedbackId,
          complaintType: event.complaint?.complaintFeedbackType,
          complaintDate: isoFrom(event.complaint?.timestamp, receivedAt),
        },
      };
    default:
      return { kind: "ignored", reason: `SES event ${String(type).slice(0, 40)}` };
  }
}
