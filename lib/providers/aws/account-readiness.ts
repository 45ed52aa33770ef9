// What AWS says about the accounts Notify sends through, for the platform admins' provider
// readiness page: SES account and identities, SMS numbers, account tier, spend limits and sandbox
// destinations, and adding or verifying a sandbox destination. Answers are plain values; a failure
// is AWS's error, thrown as it came (lib/services/platform-admin/provider-readiness.ts names it).
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
import { awsClientConfig } from "./client-config";

/** A failed AWS call: which one, and AWS's error name. */
export type AwsCallFailure = { call: string; errorName: string };
/** The answer of one AWS call, or why there is none. */
export type Checked<T> = { ok: true; value: T } | { ok: false; failure: AwsCallFailure };

export type EmailIdentity = { name: string; type: string; verifiedForSending: boolean; dkimStatus: string; dkimSigningEnabled: boolean };
export type SesAccount = { productionAccessEnabled: boolean; sendingEnabled: boolean; max24HourSend: number | null; maxSendRate: number | null; sentLast24Hours: number | null };
export type OriginationNumber = { phoneNumber: string; numberType: string; status: string; messagesPerSecond: number | null; twoWayEnabled: boolean; registrationId: string | null };
export type SpendLimit = { name: string; enforcedLimit: number; maxLimit: number; overridden: boolean };
export type VerifiedDestination = { id: string; phoneNumber: string; status: string };

/** How many sending identities are looked at in detail (one GetEmailIdentity call each). */
export const MAX_IDENTITIES = 20;

let sesClient: SESv2Client | undefined;
let smsClient: PinpointSMSVoiceV2Client | undefined;

const ses = () => (sesClient ??= new SESv2Client(awsClientConfig()));
const sms = () => (smsClient ??= new PinpointSMSVoiceV2Client(awsClientConfig()));

/** AWS's error name, as long as it looks like one (nothing else from the error is shown). */
export function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === "string" && /^[A-Za-z][A-Za-z0-9.]{0,99}$/.test(name) ? name : "UnknownError";
}

export async function readNumbers(): Promise<OriginationNumber[]> {
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

export async function readAccountTier(): Promise<string | null> {
  const result = await sms().send(new DescribeAccountAttributesCommand({}));
  return result.AccountAttributes?.find((attribute) => attribute.Name === "ACCOUNT_TIER")?.Value ?? null;
}

export async function readSpendLimits(): Promise<SpendLimit[]> {
  const result = await sms().send(new DescribeSpendLimitsCommand({}));
  return (result.SpendLimits ?? []).map((limit) => ({ name: limit.Name ?? "", enforcedLimit: limit.EnforcedLimit ?? 0, maxLimit: limit.MaxLimit ?? 0, overridden: limit.Overridden === true }));
}

export async function readDestinations(): Promise<VerifiedDestination[]> {
  const result = await sms().send(new DescribeVerifiedDestinationNumbersCommand({ MaxResults: 100 }));
  return (result.VerifiedDestinationNumbers ?? []).map((destination) => ({
    id: destination.VerifiedDestinationNumberId ?? "",
    phoneNumber: destination.DestinationPhoneNumber ?? "",
    status: destination.Status ?? "UNKNOWN",
  }));
}

export async function readSesAccount(): Promise<SesAccount> {
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
export async function readIdentities(): Promise<EmailIdentity[]> {
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

export async function createSandboxDestination(destinationNumber: string): Promise<string> {
  const created = await sms().send(new CreateVerifiedDestinationNumberCommand({ DestinationPhoneNumber: destinationNumber }));
  return created.VerifiedDestinationNumberId ?? "";
}

export async function sendSandboxDestinationCode(destinationId: string): Promise<void> {
  await sms().send(new SendDestinationNumberVerificationCodeCommand({ VerifiedDestinationNumberId: destinationId, VerificationChannel: "TEXT" }));
}

export async function verifySandboxDestinationCode(destinationId: string, verificationCode: string): Promise<void> {
  await sms().send(new VerifyDestinationNumberCommand({ VerifiedDestinationNumberId: destinationId, VerificationCode: verificationCode }));
}

/** Forgets the clients, so tests (and a changed configuration) get new ones. */
export function resetAccountReadinessClients(): void {
  sesClient = undefined;
  smsClient = undefined;
}
