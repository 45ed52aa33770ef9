import { InternalErrorException, InvalidParameterException, PublishCommand, SNSClient, ThrottledException } from "@aws-sdk/client-sns";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { ProviderPermanentError, ProviderRetryableError } from "../errors";
import { SnsSmsProvider } from "./sns-sms";

const snsMock = mockClient(SNSClient);
const client = new SNSClient({ region: "us-west-2", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const provider = new SnsSmsProvider({ client, defaultOriginationNumber: "+18445550100" });
const sms = { to: "+12025550123", body: "Your code is 123456" };

afterEach(() => snsMock.reset());

describe("SnsSmsProvider", () => {
  it("publishes a transactional SMS from the sender's number and returns the MessageId", async () => {
    snsMock.on(PublishCommand).resolves({ MessageId: "sns-1" });
    await expect(provider.sendSms({ ...sms, sender: "+12025550199" })).resolves.toEqual({ providerReference: "sns-1" });
    expect(snsMock.commandCalls(PublishCommand)[0]?.args[0].input).toEqual({
      PhoneNumber: "+12025550123",
      Message: "Your code is 123456",
      MessageAttributes: {
        "AWS.SNS.SMS.SMSType": { DataType: "String", StringValue: "Transactional" },
        "AWS.MM.SMS.OriginationNumber": { DataType: "String", StringValue: "+12025550199" },
      },
    });
  });

  it("uses the default origination number for a sender that is not a number", async () => {
    snsMock.on(PublishCommand).resolves({ MessageId: "sns-2" });
    await provider.sendSms({ ...sms, sender: "Agency" });
    expect(snsMock.commandCalls(PublishCommand)[0]?.args[0].input.MessageAttributes?.["AWS.MM.SMS.OriginationNumber"]?.StringValue).toBe("+18445550100");
  });

  it("retries throttling, server errors and timeouts", async () => {
    for (const error of [
      new ThrottledException({ message: "slow down", $metadata: { httpStatusCode: 400 } }),
      new InternalErrorException({ message: "oops", $metadata: { httpStatusCode: 500 } }),
      Object.assign(new Error("socket hang up"), { name: "Error", code: "ECONNRESET" }),
    ]) {
      snsMock.on(PublishCommand).rejects(error);
      await expect(provider.sendSms(sms)).rejects.toBeInstanceOf(ProviderRetryableError);
    }
  });

  it("does not retry an invalid phone number", async () => {
    snsMock.on(PublishCommand).rejects(new InvalidParameterException({ message: "Invalid parameter: PhoneNumber", $metadata: { httpStatusCode: 400 } }));
    await expect(provider.sendSms(sms)).rejects.toBeInstanceOf(ProviderPermanentError);
  });
});
