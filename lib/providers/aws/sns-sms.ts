// SMS through Amazon SNS Publish to a phone number (GSA's provider): transactional, from the
// sender's number or the default origination number. SNS pushes no receipts by itself; delivery
// status logging or a Pinpoint configuration set has to be set up for them.
import { PublishCommand, SNSClient, type MessageAttributeValue } from "@aws-sdk/client-sns";
import { ProviderPermanentError } from "../errors";
import type { OutboundSms, SmsProvider, SmsSendResult } from "../sms";
import { classifyAwsError } from "./errors";
import { phoneNumberSender } from "./pinpoint-sms";

export const SNS_PROVIDER_NAME = "sns";

const SNS_RETRYABLE = new Set(["KMSThrottlingException"]);

export type SnsSmsProviderOptions = { client: SNSClient; defaultOriginationNumber?: string };

export class SnsSmsProvider implements SmsProvider {
  readonly name = SNS_PROVIDER_NAME;

  constructor(private readonly options: SnsSmsProviderOptions) {}

  async sendSms(sms: OutboundSms): Promise<SmsSendResult> {
    const origination = phoneNumberSender(sms.originationIdentity) ?? phoneNumberSender(sms.sender) ?? this.options.defaultOriginationNumber;
    const attributes: Record<string, MessageAttributeValue> = {
      "AWS.SNS.SMS.SMSType": { DataType: "String", StringValue: "Transactional" },
    };
    if (origination) attributes["AWS.MM.SMS.OriginationNumber"] = { DataType: "String", StringValue: origination };
    try {
      const result = await this.options.client.send(new PublishCommand({ PhoneNumber: sms.to, Message: sms.body, MessageAttributes: attributes }));
      if (!result.MessageId) throw new ProviderPermanentError("Publish returned no MessageId");
      return { providerReference: result.MessageId };
    } catch (error) {
      throw classifyAwsError(error, "SNS Publish", { retryableNames: SNS_RETRYABLE });
    }
  }
}
