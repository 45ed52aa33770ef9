// One module-level AWS SDK client per service, created on first use from lib/env (region, FIPS,
// timeouts), and the adapters built on them. lib/services/delivery/providers.ts picks from these.
import { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { S3Client } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { SNSClient } from "@aws-sdk/client-sns";
import { getEnv } from "../../env";
import { awsClientConfig } from "./client-config";
import { PinpointSmsProvider } from "./pinpoint-sms";
import { S3Storage } from "./s3-storage";
import { SesEmailProvider } from "./ses-email";
import { SnsSmsProvider } from "./sns-sms";
import { AwsSuppressionLists } from "./suppression-lists";

export function createSesEmailProvider(): SesEmailProvider {
  return new SesEmailProvider({ client: new SESv2Client(awsClientConfig()), configurationSetName: getEnv().SES_CONFIGURATION_SET });
}

export function createPinpointSmsProvider(): PinpointSmsProvider {
  const env = getEnv();
  return new PinpointSmsProvider({
    client: new PinpointSMSVoiceV2Client(awsClientConfig()),
    configurationSetName: env.SMS_CONFIGURATION_SET,
    defaultOriginationIdentity: env.SMS_DEFAULT_ORIGINATION_IDENTITY,
  });
}

/** AWS's do-not-send lists for the channels sent through AWS: texts by End User Messaging SMS, email by SES. */
export function createAwsSuppressionLists(channels: { sms: boolean; email: boolean }): AwsSuppressionLists {
  const env = getEnv();
  return new AwsSuppressionLists({
    sms: channels.sms ? new PinpointSMSVoiceV2Client(awsClientConfig()) : undefined,
    email: channels.email ? new SESv2Client(awsClientConfig()) : undefined,
    optOutListName: env.SMS_OPT_OUT_LIST,
  });
}

export function createSnsSmsProvider(): SnsSmsProvider {
  return new SnsSmsProvider({ client: new SNSClient(awsClientConfig()), defaultOriginationNumber: getEnv().SMS_DEFAULT_ORIGINATION_IDENTITY });
}

/** S3 with the bucket binding's own keys when cloud.gov gives them, else the default credential chain. */
export function createS3Storage(which: "files" | "documents" = "files"): S3Storage {
  const env = getEnv();
  if (!env.S3_BUCKET) throw new Error("S3_BUCKET must be set when STORAGE_PROVIDER is s3");
  // Files sent by email go to DOCUMENTS_BUCKET, or under documents/ in S3_BUCKET until one is set up.
  const bucket = which === "documents" ? (env.DOCUMENTS_BUCKET ?? env.S3_BUCKET) : env.S3_BUCKET;
  const prefix = which === "documents" && !env.DOCUMENTS_BUCKET ? "documents/" : "";
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined;
  return new S3Storage({ client: new S3Client({ ...awsClientConfig({ region: env.S3_REGION }), credentials }), bucket, prefix });
}

/** The email branding logos bucket (LOGOS_BUCKET), with its own binding's keys when cloud.gov gives them. */
export function createLogoS3Storage(): S3Storage {
  const env = getEnv();
  if (!env.LOGOS_BUCKET) throw new Error("LOGOS_BUCKET must be set to keep logos in S3");
  const credentials =
    env.LOGOS_S3_ACCESS_KEY_ID && env.LOGOS_S3_SECRET_ACCESS_KEY ? { accessKeyId: env.LOGOS_S3_ACCESS_KEY_ID, secretAccessKey: env.LOGOS_S3_SECRET_ACCESS_KEY } : undefined;
  return new S3Storage({ client: new S3Client({ ...awsClientConfig({ region: env.LOGOS_S3_REGION ?? env.S3_REGION }), credentials }), bucket: env.LOGOS_BUCKET });
}
