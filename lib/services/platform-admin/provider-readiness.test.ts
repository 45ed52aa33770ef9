// The readiness service against the real AWS SDK clients, their transport replaced by
// aws-sdk-client-mock: what each call's answer becomes, which call failed and with what error name,
// and the sandbox destination steps.
import {
  ConflictException,
  CreateVerifiedDestinationNumberCommand,
  DescribeAccountAttributesCommand,
  DescribePhoneNumbersCommand,
  DescribeSpendLimitsCommand,
  DescribeVerifiedDestinationNumbersCommand,
  PinpointSMSVoiceV2Client,
  SendDestinationNumberVerificationCodeCommand,
  ValidationException,
  VerifyDestinationNumberCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { GetAccountCommand, GetEmailIdentityCommand, ListEmailIdentitiesCommand, NotFoundException, SESv2Client } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../../env";
import { AppError } from "../../errors";
import { addSandboxDestinationSchema, verifySandboxDestinationSchema } from "../../schemas/provider-readiness";
import type { SessionUser } from "../auth/sessions";
import { addSandboxDestination, getProviderReadiness, resetProviderReadinessClients, verifySandboxDestination } from "./provider-readiness";

const sesMock = mockClient(SESv2Client);
const smsMock = mockClient(PinpointSMSVoiceV2Client);
const saved = { ...process.env };

const admin: SessionUser = { sessionId: "s1", userId: "u1", name: "Ada Admin", emailAddress: "ada@example.gov", platformAdmin: true };
const notAdmin: SessionUser = { ...admin, platformAdmin: false };
const destinationId = "verifieddestinationnumber-0123456789abcdef0123456789abcdef";

function configure(vars: Record<string, string>) {
  process.env = { ...saved, DATABASE_URL: "postgresql://127.0.0.1:5432/unused", AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", ...vars };
  resetEnvCache();
  resetProviderReadinessClients();
}

const aws = { EMAIL_PROVIDER: "ses", SMS_PROVIDER: "pinpoint", AWS_REGION: "us-gov-west-1", SES_CONFIGURATION_SET: "notify-staging-email", SMS_CONFIGURATION_SET: "notify-staging-sms" };

function awsAccountsAnswer() {
  sesMock.on(GetAccountCommand).resolves({ ProductionAccessEnabled: false, SendingEnabled: true, SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 3 } });
  sesMock.on(ListEmailIdentitiesCommand).resolves({ EmailIdentities: [{ IdentityName: "notify.example.gov", IdentityType: "DOMAIN" }, { IdentityName: "ops@example.gov", IdentityType: "EMAIL_ADDRESS" }] });
  sesMock
    .on(GetEmailIdentityCommand, { EmailIdentity: "notify.example.gov" })
    .resolves({ IdentityType: "DOMAIN", VerifiedForSendingStatus: true, DkimAttributes: { Status: "SUCCESS", SigningEnabled: true } })
    .on(GetEmailIdentityCommand, { EmailIdentity: "ops@example.gov" })
    .resolves({ IdentityType: "EMAIL_ADDRESS", VerifiedForSendingStatus: false, DkimAttributes: { Status: "PENDING", SigningEnabled: false } });
  smsMock.on(DescribeAccountAttributesCommand).resolves({ AccountAttributes: [{ Name: "ACCOUNT_TIER", Value: "SANDBOXED" }] });
  smsMock.on(DescribeSpendLimitsCommand).resolves({ SpendLimits: [{ Name: "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", EnforcedLimit: 1, MaxLimit: 1, Overridden: false }] });
  smsMock
    .on(DescribePhoneNumbersCommand)
    .resolvesOnce({
      PhoneNumbers: [{ PhoneNumberArn: "arn:1", PhoneNumber: "+18335550100", NumberType: "TOLL_FREE", Status: "ACTIVE", TwoWayEnabled: true, RegistrationId: "registration-1", MessagingLimits: { RateLimits: { SMS: 3 } } } as never],
      NextToken: "page-2",
    })
    .resolvesOnce({ PhoneNumbers: [{ PhoneNumberArn: "arn:2", PhoneNumber: "+12065550111", NumberType: "SIMULATOR", Status: "PENDING", TwoWayEnabled: false } as never] });
  smsMock.on(DescribeVerifiedDestinationNumbersCommand).resolves({
    VerifiedDestinationNumbers: [{ VerifiedDestinationNumberArn: "arn:d", VerifiedDestinationNumberId: destinationId, DestinationPhoneNumber: "+12025550123", Status: "PENDING", CreatedTimestamp: new Date() }],
  });
}

beforeEach(() => {
  sesMock.reset();
  smsMock.reset();
});

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
  resetProviderReadinessClients();
});

describe("getProviderReadiness", () => {
  it("says local providers are local and asks AWS nothing", async () => {
    configure({ EMAIL_PROVIDER: "local", SMS_PROVIDER: "local" });
    await expect(getProviderReadiness({ actor: admin })).resolves.toEqual({ email: { provider: "local" }, sms: { provider: "local" }, localOutbox: true, fipsEndpoints: false });
    expect(sesMock.calls()).toHaveLength(0);
    expect(smsMock.calls()).toHaveLength(0);
  });

  it("reads the SES account, identities with DKIM, SMS tier, spend limits, every page of numbers and the sandbox destinations", async () => {
    configure({ ...aws, AWS_USE_FIPS_ENDPOINT: "true" });
    awsAccountsAnswer();
    const readiness = await getProviderReadiness({ actor: admin });
    expect(readiness).toEqual({
      localOutbox: false,
      fipsEndpoints: true,
      email: {
        provider: "ses",
        region: "us-gov-west-1",
        configurationSet: "notify-staging-email",
        account: { ok: true, value: { productionAccessEnabled: false, sendingEnabled: true, max24HourSend: 200, maxSendRate: 1, sentLast24Hours: 3 } },
        identities: {
          ok: true,
          value: [
            { name: "notify.example.gov", type: "DOMAIN", verifiedForSending: true, dkimStatus: "SUCCESS", dkimSigningEnabled: true },
            { name: "ops@example.gov", type: "EMAIL_ADDRESS", verifiedForSending: false, dkimStatus: "PENDING", dkimSigningEnabled: false },
          ],
        },
      },
      sms: {
        provider: "pinpoint",
        region: "us-gov-west-1",
        configurationSet: "notify-staging-sms",
        defaultOriginationIdentity: null,
        accountTier: { ok: true, value: "SANDBOXED" },
        spendLimits: { ok: true, value: [{ name: "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", enforcedLimit: 1, maxLimit: 1, overridden: false }] },
        numbers: {
          ok: true,
          value: [
            { phoneNumber: "+18335550100", numberType: "TOLL_FREE", status: "ACTIVE", messagesPerSecond: 3, twoWayEnabled: true, registrationId: "registration-1" },
            { phoneNumber: "+12065550111", numberType: "SIMULATOR", status: "PENDING", messagesPerSecond: null, twoWayEnabled: false, registrationId: null },
          ],
        },
        destinations: { ok: true, value: [{ id: destinationId, phoneNumber: "+12025550123", status: "PENDING" }] },
      },
    });
    expect(smsMock.commandCalls(DescribePhoneNumbersCommand).map((call) => call.args[0].input.NextToken)).toEqual([undefined, "page-2"]);
  });

  it("names the call that failed and AWS's error name, and still shows the rest", async () => {
    configure(aws);
    awsAccountsAnswer();
    // IAM refusals come back as an error named AccessDeniedException with the account in the message.
    sesMock.on(GetAccountCommand).rejects(Object.assign(new Error("User arn:aws:iam::123456789012:user/x is not authorized to perform ses:GetAccount"), { name: "AccessDeniedException" }));
    sesMock.on(GetEmailIdentityCommand, { EmailIdentity: "ops@example.gov" }).rejects(new NotFoundException({ message: "gone", $metadata: {} }));
    smsMock.on(DescribeSpendLimitsCommand).rejects(new Error("socket hang up"));
    const readiness = await getProviderReadiness({ actor: admin });
    if (readiness.email.provider !== "ses" || readiness.sms.provider === "local") throw new Error("expected AWS providers");
    expect(readiness.email.account).toEqual({ ok: false, failure: { call: "SES GetAccount", errorName: "AccessDeniedException" } });
    expect(readiness.email.identities).toEqual({ ok: false, failure: { call: "SES GetEmailIdentity", errorName: "NotFoundException" } });
    expect(readiness.sms.spendLimits).toEqual({ ok: false, failure: { call: "SMS DescribeSpendLimits", errorName: "Error" } });
    expect(readiness.sms.accountTier).toEqual({ ok: true, value: "SANDBOXED" });
    expect(JSON.stringify(readiness)).not.toContain("123456789012");
  });

  it("is only for platform admins", async () => {
    configure(aws);
    await expect(getProviderReadiness({ actor: notAdmin })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(sesMock.calls()).toHaveLength(0);
  });
});

describe("sandbox destination numbers", () => {
  it("adds a number in E.164 and texts it a code", async () => {
    configure(aws);
    smsMock.on(CreateVerifiedDestinationNumberCommand).resolves({ VerifiedDestinationNumberId: destinationId, DestinationPhoneNumber: "+12025550123", Status: "PENDING" } as never);
    smsMock.on(SendDestinationNumberVerificationCodeCommand).resolves({ MessageId: "m1" });
    const input = addSandboxDestinationSchema.parse({ destinationNumber: "(202) 555-0123" });
    await expect(addSandboxDestination({ actor: admin, input })).resolves.toEqual({ destinationId });
    expect(smsMock.commandCalls(CreateVerifiedDestinationNumberCommand)[0]?.args[0].input).toEqual({ DestinationPhoneNumber: "+12025550123" });
    expect(smsMock.commandCalls(SendDestinationNumberVerificationCodeCommand)[0]?.args[0].input).toEqual({ VerifiedDestinationNumberId: destinationId, VerificationChannel: "TEXT" });
  });

  it("explains an AWS refusal on the field, naming the call and the error", async () => {
    configure(aws);
    smsMock.on(CreateVerifiedDestinationNumberCommand).rejects(new ConflictException({ message: "exists", $metadata: {}, Reason: undefined, ResourceType: undefined, ResourceId: undefined }));
    const input = addSandboxDestinationSchema.parse({ destinationNumber: "202-555-0123" });
    const error = await addSandboxDestination({ actor: admin, input }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({
      destinationNumber: "AWS refused CreateVerifiedDestinationNumber (ConflictException). Check the number is not already in the list and that the account is still in the SMS sandbox.",
    });
    expect(smsMock.commandCalls(SendDestinationNumberVerificationCodeCommand)).toHaveLength(0);
  });

  it("verifies with the code, and says so when AWS refuses it", async () => {
    configure(aws);
    smsMock.on(VerifyDestinationNumberCommand).resolvesOnce({ Status: "VERIFIED" } as never).rejectsOnce(new ValidationException({ message: "bad code", $metadata: {}, Reason: undefined, Fields: undefined }));
    const input = verifySandboxDestinationSchema.parse({ destinationId, verificationCode: " 123 456 " });
    await verifySandboxDestination({ actor: admin, input });
    expect(smsMock.commandCalls(VerifyDestinationNumberCommand)[0]?.args[0].input).toEqual({ VerifiedDestinationNumberId: destinationId, VerificationCode: "123456" });
    await expect(verifySandboxDestination({ actor: admin, input })).rejects.toMatchObject({
      fieldErrors: { verificationCode: "AWS refused VerifyDestinationNumber (ValidationException). Check the code in the latest text message to that number." },
    });
  });

  it("refuses with the local SMS provider, without calling AWS", async () => {
    configure({ SMS_PROVIDER: "local" });
    const input = addSandboxDestinationSchema.parse({ destinationNumber: "202-555-0123" });
    await expect(addSandboxDestination({ actor: admin, input })).rejects.toMatchObject({ userMessage: "Sandbox destination numbers are for the AWS SMS providers; this environment uses the local outbox" });
    expect(smsMock.calls()).toHaveLength(0);
  });
});

describe("provider readiness inputs", () => {
  it.each([
    [addSandboxDestinationSchema, {}, "destinationNumber", "Enter the phone number to add"],
    [addSandboxDestinationSchema, { destinationNumber: "12345" }, "destinationNumber", "Enter a US phone number in the correct format, like 202-555-0123 (not enough digits)"],
    [verifySandboxDestinationSchema, { destinationId: "../etc", verificationCode: "123456" }, "destinationId", "Select the number you want to verify"],
    [verifySandboxDestinationSchema, { destinationId, verificationCode: "" }, "verificationCode", "Enter the verification code"],
    [verifySandboxDestinationSchema, { destinationId, verificationCode: "12ab" }, "verificationCode", "Enter the verification code from the text message, like 123456"],
  ] as const)("%#: says what to do", (schema, input, field, message) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === field)?.message).toBe(message);
  });
});
