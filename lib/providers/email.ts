// The contract every email provider meets (local outbox, Amazon SES).

export type OutboundEmail = {
  to: string;
  /** Full From header, like `"Service name" <service.name@notify.example.gov>`. */
  from: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
};

export type EmailSendResult = { providerReference: string };

export interface EmailProvider {
  /** Stored on the notification as sent_by. */
  readonly name: string;
  /** Throws ProviderRetryableError or ProviderPermanentError. */
  sendEmail(email: OutboundEmail): Promise<EmailSendResult>;
}
