// The contract every SMS provider meets (local outbox, AWS SNS, AWS Pinpoint SMS Voice v2).
import type { ImmediateReceipts } from "./immediate-receipt";

export type OutboundSms = {
  /** E.164, like +12025550123. */
  to: string;
  body: string;
  /** The service's sender as shown to the recipient (a phone number or name), if any. */
  sender?: string;
  /** The AWS origination identity to send from (phone number id/ARN or pool), if the sender has one. */
  originationIdentity?: string;
  /** The notification id: a provider that can deduplicate (the local outbox) sends each key once. */
  idempotencyKey?: string;
};

export type SmsSendResult = { providerReference: string };

export interface SmsProvider extends ImmediateReceipts {
  /** Throws ProviderRetryableError or ProviderPermanentError. */
  sendSms(sms: OutboundSms): Promise<SmsSendResult>;
  /**
   * Optional: send many at once (the local outbox writes them in one statement). Never throws per
   * message: a message that failed has its ProviderRetryableError or ProviderPermanentError in its place.
   */
  sendSmsBatch?(messages: readonly OutboundSms[]): Promise<(SmsSendResult | Error)[]>;
}
