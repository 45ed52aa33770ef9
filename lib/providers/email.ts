// The contract every email provider meets (local outbox, Amazon SES).
import type { Mailbox } from "../domain/email/mailbox";
import type { ImmediateReceipts } from "./immediate-receipt";

export type OutboundEmail = {
  to: string;
  /** Who it is from: the service's name and sending address. Providers write the header with formatMailbox. */
  from: Mailbox;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /**
   * An RFC 8058 one-click unsubscribe URL (https). When given, the email carries List-Unsubscribe
   * and List-Unsubscribe-Post headers so mail clients show an unsubscribe button.
   */
  unsubscribeUrl?: string;
  /** The notification id: a provider that can deduplicate (the local outbox) sends each key once. */
  idempotencyKey?: string;
};

export type EmailSendResult = { providerReference: string };

export interface EmailProvider extends ImmediateReceipts {
  /** Throws ProviderRetryableError or ProviderPermanentError. */
  sendEmail(email: OutboundEmail): Promise<EmailSendResult>;
}
