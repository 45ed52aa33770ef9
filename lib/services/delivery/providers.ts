// Chooses the email, SMS and storage providers from configuration (EMAIL_PROVIDER, SMS_PROVIDER,
// STORAGE_PROVIDER) and wires the local ones to the outbox table. Each choice is independent, so
// SES email can run next to the local SMS outbox while a number is being registered.
import { join } from "node:path";
import { recordOutboxHandOvers } from "../../db/outbox";
import { getEnv } from "../../env";
import { createAwsSuppressionLists, createLogoS3Storage, createPinpointSmsProvider, createS3Storage, createSesEmailProvider, createSnsSmsProvider } from "../../providers/aws/clients";
import type { EmailProvider } from "../../providers/email";
import { DiskStorage } from "../../providers/local/disk-storage";
import { LocalEmailProvider, LocalSmsProvider } from "../../providers/local/outbox";
import type { SmsProvider } from "../../providers/sms";
import type { FileStorage } from "../../providers/storage";
import { LocalSuppressionLists, type ProviderSuppressionLists } from "../../providers/suppression";

export type Providers = {
  email: EmailProvider;
  sms: SmsProvider;
  storage: FileStorage;
  /** Files sent by email, kept apart (their own bucket in S3, a folder of their own on disk). */
  documents: FileStorage;
};

let cached: Providers | undefined;

export function getProviders(): Providers {
  if (cached) return cached;
  const env = getEnv();
  const realism = { latencyMs: env.LOCAL_PROVIDER_LATENCY_MS, maxPerSecond: env.LOCAL_PROVIDER_MAX_PER_SECOND };
  const sms: Record<typeof env.SMS_PROVIDER, () => SmsProvider> = {
    local: () => new LocalSmsProvider(recordOutboxHandOvers, realism),
    pinpoint: createPinpointSmsProvider,
    sns: createSnsSmsProvider,
  };
  cached = {
    email: env.EMAIL_PROVIDER === "ses" ? createSesEmailProvider() : new LocalEmailProvider(recordOutboxHandOvers, realism),
    sms: sms[env.SMS_PROVIDER](),
    storage: env.STORAGE_PROVIDER === "s3" ? createS3Storage() : new DiskStorage(env.FILE_STORAGE_DIR),
    documents: env.STORAGE_PROVIDER === "s3" ? createS3Storage("documents") : new DiskStorage(join(env.FILE_STORAGE_DIR, "documents")),
  };
  return cached;
}

let suppressionLists: ProviderSuppressionLists | undefined;

/**
 * The providers' own do-not-send lists: End User Messaging SMS's opt-out list when texts go
 * through it (SMS_PROVIDER=pinpoint; SNS keeps its own and has no list to manage here), SES's
 * account suppression list when email goes through SES, else none (the local providers keep none).
 */
export function getSuppressionLists(): ProviderSuppressionLists {
  if (suppressionLists) return suppressionLists;
  const env = getEnv();
  const channels = { sms: env.SMS_PROVIDER === "pinpoint", email: env.EMAIL_PROVIDER === "ses" };
  suppressionLists = channels.sms || channels.email ? createAwsSuppressionLists(channels) : new LocalSuppressionLists();
  return suppressionLists;
}

let logoStorage: FileStorage | undefined;

/** The email branding logos store: the LOGOS_BUCKET bucket when set, else the LOGOS_DIR folder. */
export function getLogoStorage(): FileStorage {
  if (logoStorage) return logoStorage;
  const env = getEnv();
  logoStorage = env.LOGOS_BUCKET ? createLogoS3Storage() : new DiskStorage(env.LOGOS_DIR);
  return logoStorage;
}

/** For tests that change the provider configuration, or swap in a store of their own. */
export function resetProviders(options: { logoStorage?: FileStorage } = {}): void {
  cached = undefined;
  suppressionLists = undefined;
  logoStorage = options.logoStorage;
}

/** True when messages go to the local outbox (so the portal shows /outbox). */
export function isLocalOutboxEnabled(): boolean {
  const env = getEnv();
  return env.EMAIL_PROVIDER === "local" || env.SMS_PROVIDER === "local";
}
