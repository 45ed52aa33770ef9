// Chooses the email, SMS and storage providers from configuration and wires the local ones to the
// outbox table. The AWS adapters plug in here (issue #7).
import { insertOutboxMessage } from "../../db/outbox";
import { getEnv } from "../../env";
import type { EmailProvider } from "../../providers/email";
import { DiskStorage } from "../../providers/local/disk-storage";
import { LocalEmailProvider, LocalSmsProvider } from "../../providers/local/outbox";
import type { SmsProvider } from "../../providers/sms";
import type { FileStorage } from "../../providers/storage";

export type Providers = { email: EmailProvider; sms: SmsProvider; storage: FileStorage };

let cached: Providers | undefined;

export function getProviders(): Providers {
  if (cached) return cached;
  const env = getEnv();
  if (env.EMAIL_PROVIDER !== "local" || env.SMS_PROVIDER !== "local" || env.STORAGE_PROVIDER !== "local") {
    // The AWS adapters arrive with the sending pipeline; refuse rather than silently use local.
    throw new Error(`Provider not available yet: EMAIL_PROVIDER=${env.EMAIL_PROVIDER} SMS_PROVIDER=${env.SMS_PROVIDER} STORAGE_PROVIDER=${env.STORAGE_PROVIDER}`);
  }
  cached = {
    email: new LocalEmailProvider(insertOutboxMessage),
    sms: new LocalSmsProvider(insertOutboxMessage),
    storage: new DiskStorage(env.FILE_STORAGE_DIR),
  };
  return cached;
}

/** True when messages go to the local outbox (so the portal shows /outbox). */
export function isLocalOutboxEnabled(): boolean {
  const env = getEnv();
  return env.EMAIL_PROVIDER === "local" || env.SMS_PROVIDER === "local";
}
