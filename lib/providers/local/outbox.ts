// Local email and SMS providers: instead of sending, they hand each message to an OutboxWriter
// (the local_outbox table, readable at /outbox in the portal). Every message they accept is
// delivered: their immediate receipt (lib/providers/immediate-receipt.ts) says so at once. By default
// they answer at once and never fail; for development and benchmarks they can take a while to
// answer and throttle beyond a sending rate, like AWS (./realism.ts).
import { randomUUID } from "node:crypto";
import { formatMailbox } from "../../domain/email/mailbox";
import type { EmailProvider, EmailSendResult, OutboundEmail } from "../email";
import type { ProviderRetryableError } from "../errors";
import type { ImmediateOutcome } from "../immediate-receipt";
import type { OutboundSms, SmsProvider, SmsSendResult } from "../sms";
import { SimulatedProviderLimits, type LocalProviderRealism } from "./realism";

export type OutboxEntry = {
  channel: "email" | "sms";
  to: string;
  sender?: string;
  replyTo?: string;
  subject?: string;
  body: string;
  htmlBody?: string;
  /** The List-Unsubscribe header a real provider would send (RFC 8058, with List-Unsubscribe-Post). */
  listUnsubscribe?: string;
  providerReference: string;
};

/**
 * Records entries in the outbox, one row per provider reference; an entry whose reference is
 * already there counts as one more hand-over of that message (a duplicate send, which the fault
 * tests look for) instead of a second row.
 */
export type OutboxWriter = (entries: readonly OutboxEntry[]) => Promise<void>;

/**
 * With an idempotency key (the notification id) the reference is derived from it, so a send
 * retried after a crash between "written to the outbox" and "marked sending" finds its entry
 * already there and the outbox still holds the message once.
 */
function referenceFor(idempotencyKey: string | undefined): string {
  return `local-${idempotencyKey ?? randomUUID()}`;
}

export const LOCAL_PROVIDER_NAME = "local";

/** The outbox holds every message it is given. */
const delivered = (_normalisedTo: string): ImmediateOutcome => "delivered";

export class LocalEmailProvider implements EmailProvider {
  readonly name = LOCAL_PROVIDER_NAME;
  readonly immediateReceipt = delivered;
  private readonly limits: SimulatedProviderLimits;
  constructor(
    private readonly write: OutboxWriter,
    realism: LocalProviderRealism = {},
  ) {
    this.limits = new SimulatedProviderLimits(realism);
  }

  /** Throws ProviderRetryableError when called faster than LOCAL_PROVIDER_MAX_PER_SECOND. */
  async sendEmail(email: OutboundEmail): Promise<EmailSendResult> {
    const [throttled] = await this.limits.call(1);
    if (throttled) throw throttled;
    const providerReference = referenceFor(email.idempotencyKey);
    const entry: OutboxEntry = {
      channel: "email",
      to: email.to,
      // The From header as a real provider would send it.
      sender: formatMailbox(email.from),
      replyTo: email.replyTo,
      subject: email.subject,
      body: email.text,
      htmlBody: email.html,
      listUnsubscribe: email.unsubscribeUrl ? `<${email.unsubscribeUrl}>` : undefined,
      providerReference,
    };
    await this.write([entry]);
    return { providerReference };
  }
}

export class LocalSmsProvider implements SmsProvider {
  readonly name = LOCAL_PROVIDER_NAME;
  readonly immediateReceipt = delivered;
  private readonly limits: SimulatedProviderLimits;
  constructor(
    private readonly write: OutboxWriter,
    realism: LocalProviderRealism = {},
  ) {
    this.limits = new SimulatedProviderLimits(realism);
  }

  /** Each message is one call: those beyond the sending rate get a ProviderRetryableError in their place and are not written. */
  async sendSmsBatch(messages: readonly OutboundSms[]): Promise<(SmsSendResult | ProviderRetryableError)[]> {
    const throttled = await this.limits.call(messages.length);
    const results = messages.map((sms, i): OutboxEntry | ProviderRetryableError => throttled[i] ?? { channel: "sms", to: sms.to, sender: sms.sender, body: sms.body, providerReference: referenceFor(sms.idempotencyKey) });
    const entries = results.filter((result): result is OutboxEntry => !(result instanceof Error));
    if (entries.length) await this.write(entries);
    return results.map((result) => (result instanceof Error ? result : { providerReference: result.providerReference }));
  }

  /** Throws ProviderRetryableError when called faster than LOCAL_PROVIDER_MAX_PER_SECOND. */
  async sendSms(sms: OutboundSms): Promise<SmsSendResult> {
    const [result] = await this.sendSmsBatch([sms]);
    if (result instanceof Error) throw result;
    return result!;
  }
}
