// SMS through AWS End User Messaging SMS (Pinpoint SMS Voice v2) SendTextMessage: sent from the
// sender's origination identity (phone number, its id/ARN, or a pool), with the configuration set
// whose event destination publishes delivery events to SNS.
import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { ProviderPermanentError, RecipientSuppressedError } from "../errors";
import type { OutboundSms, SmsProvider, SmsSendResult } from "../sms";
import { classifyAwsError } from "./errors";

export const PINPOINT_PROVIDER_NAME = "pinpoint";

/** Spending or throughput quota: a later attempt (or next month's quota) can succeed. */
const PINPOINT_RETRYABLE = new Set(["ServiceQuotaExceededException"]);

export type PinpointSmsProviderOptions = {
  client: PinpointSMSVoiceV2Client;
  configurationSetName?: string;
  /** Used when the sender has no origination identity of its own (GSA's toll-free default). */
  defaultOriginationIdentity?: string;
};

export class PinpointSmsProvider implements SmsProvider {
  readonly name = PINPOINT_PROVIDER_NAME;

  constructor(private readonly options: PinpointSmsProviderOptions) {}

  async sendSms(sms: OutboundSms): Promise<SmsSendResult> {
    const originationIdentity = sms.originationIdentity ?? phoneNumberSender(sms.sender) ?? this.options.defaultOriginationIdentity;
    try {
      const result = await this.options.client.send(
        new SendTextMessageCommand({
          DestinationPhoneNumber: sms.to,
          OriginationIdentity: originationIdentity,
          MessageBody: sms.body,
          MessageType: "TRANSACTIONAL",
          ConfigurationSetName: this.options.configurationSetName,
        }),
      );
      if (!result.MessageId) throw new ProviderPermanentError("SendTextMessage returned no MessageId");
      return { providerReference: result.MessageId };
    } catch (error) {
      const classified = classifyAwsError(error, "Pinpoint SendTextMessage", { retryableNames: PINPOINT_RETRYABLE });
      // On the account's opt-out list: the recipient said STOP (AWS answered it).
      if ((error as { Reason?: string }).Reason === "DESTINATION_PHONE_NUMBER_OPTED_OUT") throw new RecipientSuppressedError(classified.message, { cause: error });
      throw classified;
    }
  }
}

/** A sender that is a phone number (GSA's `^\+?\d{5,14}$`) can be used as the origination identity. */
export function phoneNumberSender(sender: string | undefined): string | undefined {
  if (!sender) return undefined;
  const compact = sender.replace(/[\s()-]/g, "");
  if (!/^\+?\d{5,14}$/.test(compact)) return undefined;
  return compact.startsWith("+") || compact.length < 10 ? compact : `+${compact.length === 10 ? `1${compact}` : compact}`;
}
