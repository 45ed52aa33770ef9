import {
  ConflictException,
  InternalServerException,
  PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
  ThrottlingException,
  ValidationException,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { ProviderPermanentError, ProviderRetryableError, RecipientSuppressedError } from "../errors";
import { phoneNumberSender, PinpointSmsProvider } from "./pinpoint-sms";

const pinpointMock = mockClient(PinpointSMSVoiceV2Client);
const client = new PinpointSMSVoiceV2Client({ region: "us-west-2", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const provider = new PinpointSmsProvider({ client, configurationSetName: "notify-sms", defaultOriginationIdentity: "+18445550100" });
const sms = { to: "+12025550123", body: "Passport Office: your code is 123456" };

afterEach(() => pinpointMock.reset());

describe("PinpointSmsProvider", () => {
  it("sends a transactional message from the sender's origination identity with the configuration set", async () => {
    pinpointMock.on(SendTextMessageCommand).resolves({ MessageId: "pp-1" });
    await expect(provider.sendSms({ ...sms, sender: "Passport", originationIdentity: "phone-abc123" })).resolves.toEqual({ providerReference: "pp-1" });
    expect(pinpointMock.commandCalls(SendTextMessageCommand)[0]?.args[0].input).toEqual({
      DestinationPhoneNumber: "+12025550123",
      OriginationIdentity: "phone-abc123",
      MessageBody: "Passport Office: your code is 123456",
      MessageType: "TRANSACTIONAL",
      ConfigurationSetName: "notify-sms",
    });
  });

  it("sends from a phone-number sender, else from the default origination identity", async () => {
    pinpointMock.on(SendTextMessageCommand).resolves({ MessageId: "pp-2" });
    await provider.sendSms({ ...sms, sender: "(202) 555-0199" });
    await provider.sendSms({ ...sms, sender: "GOVUK" });
    const identities = pinpointMock.commandCalls(SendTextMessageCommand).map((call) => call.args[0].input.OriginationIdentity);
    expect(identities).toEqual(["+12025550199", "+18445550100"]);
  });

  it("treats throttling and internal errors as retryable", async () => {
    pinpointMock.on(SendTextMessageCommand).rejects(new ThrottlingException({ message: "Rate exceeded", $metadata: { httpStatusCode: 429 } }));
    await expect(provider.sendSms(sms)).rejects.toBeInstanceOf(ProviderRetryableError);
    pinpointMock.reset();
    pinpointMock.on(SendTextMessageCommand).rejects(new InternalServerException({ message: "oops", $metadata: { httpStatusCode: 500 } }));
    await expect(provider.sendSms(sms)).rejects.toBeInstanceOf(ProviderRetryableError);
  });

  it("treats an opted-out number and an invalid number as permanent", async () => {
    pinpointMock
      .on(SendTextMessageCommand)
      .rejects(new ConflictException({ message: "opted out", Reason: "DESTINATION_PHONE_NUMBER_OPTED_OUT", $metadata: { httpStatusCode: 409 } }));
    const optedOut = await provider.sendSms(sms).catch((e: unknown) => e);
    expect(optedOut).toBeInstanceOf(ProviderPermanentError);
    // Told apart from other refusals: the same outcome as Notify's own opt-out list.
    expect(optedOut).toBeInstanceOf(RecipientSuppressedError);
    expect((optedOut as Error).message).toBe("Pinpoint SendTextMessage failed: ConflictException (DESTINATION_PHONE_NUMBER_OPTED_OUT) HTTP 409");


    pinpointMock.on(SendTextMessageCommand).rejects(new ValidationException({ message: "bad number", Reason: "INVALID_PARAMETER", $metadata: { httpStatusCode: 400 } }));
    await expect(provider.sendSms(sms)).rejects.toBeInstanceOf(ProviderPermanentError);
  });

  it("treats a timeout (no response) as retryable", async () => {
    pinpointMock.on(SendTextMessageCommand).rejects(Object.assign(new Error("Connection timed out after 5000 ms"), { name: "TimeoutError", code: "ETIMEDOUT" }));
    await expect(provider.sendSms(sms)).rejects.toBeInstanceOf(ProviderRetryableError);
  });
});

describe("phoneNumberSender", () => {
  it.each([
    ["+12025550199", "+12025550199"],
    ["2025550199", "+12025550199"],
    ["12025550199", "+12025550199"],
    ["123456", "123456"],
    ["GOVUK", undefined],
    ["00123", "00123"],
    [undefined, undefined],
  ])("%s → %s", (sender, expected) => {
    expect(phoneNumberSender(sender)).toBe(expected);
  });
});
