// Provider readiness for platform admins (/platform-admin/providers): what AWS says about the
// accounts the app sends through (SES sandbox and quota, sending identities with DKIM, SMS numbers
// with their rate, SMS sandbox, spend limits, verified sandbox destinations), adding and verifying
// a sandbox destination number, and test messages through the normal sending path.
//
// Each AWS call is made on its own: when one fails, the page still shows the others, and says
// which call failed with AWS's error name (never the message or a stack, which may hold account
// details). With the local providers nothing is asked of AWS.
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import {
  createSandboxDestination,
  errorName,
  readAccountTier,
  readDestinations,
  readIdentities,
  readNumbers,
  readSesAccount,
  readSpendLimits,
  resetAccountReadinessClients,
  sendSandboxDestinationCode,
  verifySandboxDestinationCode,
  type Checked,
  type EmailIdentity,
  type OriginationNumber,
  type SesAccount,
  type SpendLimit,
  type VerifiedDestination,
} from "../../providers/aws/account-readiness";
import type { AddSandboxDestinationInput, TestEmailInput, TestSmsInput, VerifySandboxDestinationInput } from "../../schemas/provider-readiness";
import type { SessionUser } from "../auth/sessions";
import { sendPlatformMessage } from "../notifications/send-platform-message";
import { requirePlatformAdmin } from "./require-platform-admin";

export type { AwsCallFailure, Checked, EmailIdentity, OriginationNumber, SesAccount, SpendLimit, VerifiedDestination } from "../../providers/aws/account-readiness";

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

async function check<T>(call: string, run: () => Promise<T>): Promise<Checked<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const failure = { call, errorName: errorName(error) };
    logger.warn(failure, "provider readiness: AWS call failed");
    return { ok: false, failure };
  }
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
    destinationId = await createSandboxDestination(input.destinationNumber);
  } catch (error) {
    throw awsFailure("CreateVerifiedDestinationNumber", error, "destinationNumber", "Check the number is not already in the list and that the account is still in the SMS sandbox.");
  }
  try {
    await sendSandboxDestinationCode(destinationId);
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
    await verifySandboxDestinationCode(input.destinationId, input.verificationCode);
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
  resetAccountReadinessClients();
}
