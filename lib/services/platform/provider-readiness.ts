// Provider readiness for platform admins (/platform-admin/providers): what AWS says about the
// accounts the app sends through (SES sandbox and quota, sending identities with DKIM, SMS numbers
// with their rate, SMS sandbox, spend limits, verified sandbox destinations), adding and verifying
// a sandbox destination number, and test messages through the normal sending path.
//
// Each AWS call is made on its own: when one fails, the page still shows the others, and says
// which call failed with AWS's error name (never the message or a stack, which may hold account
// details). With the local providers nothing is asked of AWS.
import {
  CreateVerifiedDestinationNumberCommand,
  DescribeAccountAttributesCommand,
  DescribePhoneNumbersCommand,
  DescribeSpendLimitsCommand,
  DescribeVerifiedDestinationNumbersCommand,
  PinpointSMSVoiceV2Client,
  SendDestinationNumberVerificationCodeCommand,
  VerifyDestinationNumberCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { GetAccountCommand, GetEmailIdentityCommand, ListEmailIdentitiesCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import { awsClientConfig } from "../../providers/aws/client-config";
import type { AddSandboxDestinationInput, TestEmailInput, TestSmsInput, VerifySandboxDestinationInput } from "../../schemas/provider-readiness";
import type { SessionUser } from "../auth/sessions";
import { sendPlatformMessage } from "../notifications/send-platform-message";
import { requirePlatformAdmin } from "../platform-admin/require-platform-admin";

/** A failed AWS call: which one, and AWS's error name. */
export type AwsCallFailure = { call: string; errorName: string };
/** The answer of one AWS call, or why there is none. */
export type Checked<T> = { ok: true; value: T } | { ok: false; failure: AwsCallFailure };

export type EmailIdentity = { name: string; type: string; verifiedForSending: boolean; dkimStatus: string; dkimSigningEnabled: boolean };
export type SesAccount = { productionAccessEnabled: boolean; sendingEnabled: boolean; max24HourSend: number | null; maxSendRate: number | null; sentLast24Hours: number | null };
export type OriginationNumber = { phoneNumber: string; numberType: string; status: string; messagesPerSecond: number | null; twoWayEnabled: boolean; registrationId: string | null };
export type SpendLimit = { name: string; enforcedLimit: number; maxLimit: number; overridden: boolean };
export type VerifiedDestination = { id: string; phoneNumber: string; status: string };

export type EmailReadiness =
  | { provider: "local" }
  | { provider: "ses"; region: string; configurationSet: string | null; account: Checked<SesAccount>; identities: Checked<EmailIdentity[]> };

export type SmsReadiness =
  | { provider: "local" }
  | {
      provider: "pinpoint" | "sns";
      region: string;
      configurationSet: string | null;
      defaultOriginationIdentity: string | null;
      /** ACCOUNT_TIER: SANDBOXED or PRODUCTION. */
      accountTier: Checked<string | null>;
      spendLimits: Checked<SpendLimit[]>;
      numbers: Checked<OriginationNumber[]>;
      destinations: Checked<VerifiedDestination[]>;
    };

export type ProviderReadiness = { email: EmailReadiness; sms: SmsReadiness; localOutbox: boolean; fipsEndpoints: boolean };

/** How many sending identities are looked at in detail (one GetEmailIdentity call each). */
export const MAX_IDENTITIES = 20;

let sesClient: SESv2Client | undefined;
let smsClient: PinpointSMSVoiceV2Client | undefined;

const ses = () => (sesClient ??= new SESv2Client(awsClientConfig()));
const sms = () => (smsClient ??= new PinpointSMSVoiceV2Client(awsClientConfig()));

/** AWS's error name, as long as it looks like one (nothing else from the error is shown). */
function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === "string" && /^[A-Za-z][A-Za-z0-9.]{0,99}$/.test(name) ? name : "UnknownError";
}

async function check<T>(call: string, run: () => Promise<T>): Promise<Checked<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const failure = { call, errorName: errorName(error) };
    logger.warn(failure, "provider readiness: AWS call failed");
    return { ok: false, failure };
  }
}

async function readSesAccount(): Promise<SesAccount> {
  const account = await ses().send(new GetAccountCommand({}));
  return {
    productionAccessEnabled: account.ProductionAccessEnabled === true,
    sendingEnabled: account.SendingEnabled !== false,
    max24HourSend: account.SendQuota?.Max24HourSend ?? null,
    maxSendRate: account.SendQuota?.MaxSendRate ?? null,
    sentLast24Hours: account.SendQuota?.SentLast24Hours ?? null,
  };
}

/** The first MAX_IDENTITIES identities; a failing GetEmailIdentity fails the list (named in the error). */
async function readIdentities(): Promise<EmailIdentity[]> {
  const listed = await ses().send(new ListEmailIdentitiesCommand({ PageSize: MAX_IDENTITIES }));
  const identities = (listed.EmailIdentities ?? []).slice(0, MAX_IDENTITIES);
  return Promise.all(
    identities.map(async (identity) => {
      const name = identity.IdentityName ?? "";
      let detail;
      try {
        detail = await ses().send(new GetEmailIdentityCommand({ EmailIdentity: name }));
      } catch (error) {
        throw Object.assign(new Error("GetEmailIdentity failed"), { name: errorName(error), call: "SES GetEmailIdentity" });
      }
      return {
        name,
        type: identity.IdentityType ?? detail.IdentityType ?? "UNKNOWN",
        verifiedForSending: detail.VerifiedForSendingStatus === true,
        dkimStatus: detail.DkimAttributes?.Status ?? "NOT_STARTED",
        dkimSigningEnabled: detail.DkimAttributes?.SigningEnabled === true,
      };
    }),
  );
}

async function checkIdentities(): Promise<Checked<EmailIdentity[]>> {
  try {
    return { ok: true, value: await readIdentities() };
  } catch (error) {
    const call = (error as { call?: string }).call ?? "SES ListEmailIdentities";
    const failure = { call, errorName: errorName(error) };
    logger.warn(failure, "provider readiness: AWS call failed");
    return { ok: false, failure };
  }
}

async function readNumbers(): Promise<OriginationNumber[]> {
  const numbers: OriginationNumber[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sms().send(new DescribePhoneNumbersCommand({ NextToken: nextToken, MaxResults: 50 }));
    for (const number of page.PhoneNumbers ?? []) {
      numbers.push({
        phoneNumber: number.PhoneNumber ?? "",
        numberType: number.NumberType ?? "UNKNOWN",
        status: number.Status ?? "UNKNOWN",
        messagesPerSecond: number.MessagingLimits?.RateLimits?.SMS ?? null,
        twoWayEnabled: number.TwoWayEnabled === true,
        registrationId: number.RegistrationId ?? null,
      });
    }
    nextToken = page.NextToken;
  } while (nextToken && numbers.length < 500);
  return numbers;
}

async function readAccountTier(): Promise<string | null> {
  const result = await sms().send(new DescribeAccountAttributesCommand({}));
  return result.AccountAttributes?.find((attribute) => attribute.Name === "ACCOUNT_TIER")?.Value ?? null;
}

async function readSpendLimits(): Promise<SpendLimit[]> {
  const result = await sms().send(new DescribeSpendLimitsCommand({}));
  return (result.SpendLimits ?? []).map((limit) => ({ name: limit.Name ?? "", enforcedLimit: limit.EnforcedLimit ?? 0, maxLimit: limit.MaxLimit ?? 0, overridden: limit.Overridden === true }));
}

async function readDestinations(): Promise<VerifiedDestination[]> {
  const result = await sms().send(new DescribeVerifiedDestinationNumbersCommand({ MaxResults: 100 }));
  return (result.VerifiedDestinationNumbers ?? []).map((destination) => ({
    id: destination.VerifiedDestinationNumberId ?? "",
    phoneNumber: destination.DestinationPhoneNumber ?? "",
    status: destination.Status ?? "UNKNOWN",
  }));
}

export async function getProviderReadiness({ actor }: { actor: SessionUser }): Promise<ProviderReadiness> {
  requirePlatformAdmin(actor);
  const env = getEnv();
  const emailPromise: Promise<EmailReadiness> =
    env.EMAIL_PROVIDER === "ses"
      ? Promise.all([check("SES GetAccount", readSesAccount), checkIdentities()]).then(([account, identities]) => ({
          provider: "ses" as const,
          region: env.AWS_REGION,
          configurationSet: env.SES_CONFIGURATION_SET ?? null,
          account,
          identities,
        }))
      : Promise.resolve({ provider: "local" as const });
  const smsPromise: Promise<SmsReadiness> =
    env.SMS_PROVIDER === "local"
      ? Promise.resolve({ provider: "local" as const })
      : Promise.all([
          check("SMS DescribeAccountAttributes", readAccountTier),
          check("SMS DescribeSpendLimits", readSpendLimits),
          check("SMS DescribePhoneNumbers", readNumbers),
          check("SMS DescribeVerifiedDestinationNumbers", readDestinations),
        ]).then(([accountTier, spendLimits, numbers, destinations]) => ({
          provider: env.SMS_PROVIDER === "sns" ? ("sns" as const) : ("pinpoint" as const),
          region: env.AWS_REGION,
          configurationSet: env.SMS_CONFIGURATION_SET ?? null,
          defaultOriginationIdentity: env.SMS_DEFAULT_ORIGINATION_IDENTITY ?? null,
          accountTier,
          spendLimits,
          numbers,
          destinations,
        }));
  const [email, smsReadiness] = await Promise.all([emailPromise, smsPromise]);
  return { email, sms: smsReadiness, localOutbox: email.provider === "local" || smsReadiness.provider === "local", fipsEndpoints: env.AWS_USE_FIPS_ENDPOINT };
}

/** An AWS refusal as an error a person can act on, naming the call and AWS's error name. */
function awsFailure(call: string, error: unknown, field: string, advice: string): AppError {
  const name = errorName(error);
  logger.warn({ call, errorName: name }, "provider readiness: AWS call failed");
  return new AppError("BAD_REQUEST", `${call} failed: ${name}`, { fieldErrors: { [field]: `AWS refused ${call} (${name}). ${advice}` } });
}

function requireAwsSms(): void {
  if (getEnv().SMS_PROVIDER === "local") {
    throw new AppError("BAD_REQUEST", "local SMS provider", { userMessage: "Sandbox destination numbers are for the AWS SMS providers; this environment uses the local outbox" });
  }
}

/** Adds a number to the SMS sandbox's verified destinations and texts it a verification code. */
export async function addSandboxDestination({ actor, input }: { actor: SessionUser; input: AddSandboxDestinationInput }): Promise<{ destinationId: string }> {
  requirePlatformAdmin(actor);
  requireAwsSms();
  let destinationId: string;
  try {
    const created = await sms().send(new CreateVerifiedDestinationNumberCommand({ DestinationPhoneNumber: input.destinationNumber }));
    destinationId = created.VerifiedDestinationNumberId ?? "";
  } catch (error) {
    throw awsFailure("CreateVerifiedDestinationNumber", error, "destinationNumber", "Check the number is not already in the list and that the account is still in the SMS sandbox.");
  }
  try {
    await sms().send(new SendDestinationNumberVerificationCodeCommand({ VerifiedDestinationNumberId: destinationId, VerificationChannel: "TEXT" }));
  } catch (error) {
    throw awsFailure("SendDestinationNumberVerificationCode", error, "destinationNumber", "The number was added: try again later to send its code.");
  }
  logger.info({ destinationId }, "sandbox destination number added");
  return { destinationId };
}

/** Completes a sandbox destination's verification with the code texted to it. */
export async function verifySandboxDestination({ actor, input }: { actor: SessionUser; input: VerifySandboxDestinationInput }): Promise<void> {
  requirePlatformAdmin(actor);
  requireAwsSms();
  try {
    await sms().send(new VerifyDestinationNumberCommand({ VerifiedDestinationNumberId: input.destinationId, VerificationCode: input.verificationCode }));
  } catch (error) {
    throw awsFailure("VerifyDestinationNumber", error, "verificationCode", "Check the code in the latest text message to that number.");
  }
  logger.info({ destinationId: input.destinationId }, "sandbox destination number verified");
}

/** A test email through the built-in Notify service, delivered by the worker like any message. */
export async function sendTestEmail({ actor, input }: { actor: SessionUser; input: TestEmailInput }): Promise<{ notificationId: string }> {
  requirePlatformAdmin(actor);
  return sendPlatformMessage("providerTestEmail", { to: input.testEmailAddress, personalisation: { name: actor.name }, createdById: actor.userId });
}

/** A test text message through the built-in Notify service. */
export async function sendTestSms({ actor, input }: { actor: SessionUser; input: TestSmsInput }): Promise<{ notificationId: string }> {
  requirePlatformAdmin(actor);
  return sendPlatformMessage("providerTestSms", { to: input.testPhoneNumber, personalisation: { name: actor.name }, createdById: actor.userId });
}

/** For tests that change the AWS configuration. */
export function resetProviderReadinessClients(): void {
  sesClient = undefined;
  smsClient = undefined;
}
