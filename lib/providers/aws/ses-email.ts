// Email through Amazon SES v2 SendEmail: HTML and text bodies, reply-to, From with the service's
// name, the configuration set that publishes delivery/bounce/complaint events to SNS, and
// List-Unsubscribe headers when the message has a one-click unsubscribe URL.
import { SendEmailCommand, SESv2Client, type MessageHeader } from "@aws-sdk/client-sesv2";
import { formatMailbox } from "../../domain/email/mailbox";
import type { EmailProvider, EmailSendResult, OutboundEmail } from "../email";
import { ProviderPermanentError } from "../errors";
import { classifyAwsError } from "./errors";

export const SES_PROVIDER_NAME = "ses";

/** Client faults that clear on their own (account-level pauses), so the message is tried again later. */
const SES_RETRYABLE = new Set(["SendingPausedException", "AccountSuspendedException", "LimitExceededException", "ConcurrentModificationException"]);

export type SesEmailProviderOptions = { client: SESv2Client; configurationSetName?: string };

export class SesEmailProvider implements EmailProvider {
  readonly name = SES_PROVIDER_NAME;
  private readonly client: SESv2Client;
  private readonly configurationSetName?: string;

  constructor(options: SesEmailProviderOptions) {
    this.client = options.client;
    this.configurationSetName = options.configurationSetName;
  }

  async sendEmail(email: OutboundEmail): Promise<EmailSendResult> {
    const headers: MessageHeader[] = [];
    if (email.unsubscribeUrl) {
      if (!email.unsubscribeUrl.startsWith("https://")) throw new ProviderPermanentError("SendEmail refused: the unsubscribe link must be an https URL");
      headers.push({ Name: "List-Unsubscribe", Value: `<${email.unsubscribeUrl}>` }, { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" });
    }
    try {
      const result = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: formatMailbox(email.from),
          Destination: { ToAddresses: [email.to] },
          ReplyToAddresses: email.replyTo ? [email.replyTo] : undefined,
          ConfigurationSetName: this.configurationSetName,
          Content: {
            Simple: {
              Subject: { Data: email.subject, Charset: "UTF-8" },
              Body: { Text: { Data: email.text, Charset: "UTF-8" }, Html: { Data: email.html, Charset: "UTF-8" } },
              Headers: headers.length ? headers : undefined,
            },
          },
        }),
      );
      if (!result.MessageId) throw new ProviderPermanentError("SendEmail returned no MessageId");
      return { providerReference: result.MessageId };
    } catch (error) {
      throw classifyAwsError(error, "SES SendEmail", { retryableNames: SES_RETRYABLE });
    }
  }
}
