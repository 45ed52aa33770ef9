// The one place configuration is read. Web and worker both call getEnv(); it validates process.env
// (after lib/vcap.ts fills in cloud.gov bindings) with zod and fails with one line naming the
// variable. Add a variable here, in .env.example and in the README's configuration table.
import type { EncryptionKeys } from "./security/encryption";
import { z } from "zod";
import { applyVcapServices, VcapError } from "./vcap";

const DEPLOYED = ["sandbox", "staging", "production"] as const;

const postgresUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a PostgreSQL URL, like postgresql://user:password@localhost:5432/notify");

const port = z.coerce
  .number({ error: "must be a port number, like 3000" })
  .int("must be a whole number, like 3000")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

const secret = z.string().min(32, "must be at least 32 characters (use: openssl rand -base64 48)");

export const envSchema = z
  .object({
    NOTIFY_ENVIRONMENT: z
      .enum(["local", "test", ...DEPLOYED], { error: "must be one of local, test, sandbox, staging, production" })
      .default("local"),
    DATABASE_URL: postgresUrl.optional(),
    PORT: port.default(3000),
    /** Address the web server listens on. Local default is loopback only, so the outbox isn't on your network. */
    HOST: z.string().min(1).default("127.0.0.1"),
    NOTIFY_BASE_URL: z.url({ error: "must be a full URL, like https://notify.example.gov" }).optional(),
    SECRET_KEY: secret.optional(),
    ENCRYPTION_KEY: secret.optional(),
    /** Keys ENCRYPTION_KEY replaced, comma-separated: still decrypt until `npm run encryption:rotate` has re-encrypted everything. */
    ENCRYPTION_KEY_PREVIOUS: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(",").map((key) => key.trim()).filter(Boolean))
      .pipe(z.array(z.string().min(32, "must be keys of at least 32 characters each, separated by commas"))),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
    EMAIL_PROVIDER: z.enum(["local", "ses"], { error: "must be local or ses" }).default("local"),
    SMS_PROVIDER: z.enum(["local", "sns", "pinpoint"], { error: "must be local, sns or pinpoint" }).default("local"),
    STORAGE_PROVIDER: z.enum(["local", "s3"], { error: "must be local or s3" }).default("local"),
    FILE_STORAGE_DIR: z.string().default(".data/files"),
    WORKER_CONCURRENCY: z.coerce
      .number({ error: "must be a whole number, like 10" })
      .int("must be a whole number, like 10")
      .min(1, "must be 1 or more")
      .max(200, "must be 200 or fewer")
      .default(10),
    /** Slots of WORKER_CONCURRENCY kept for the priority lane (security codes, alerts): normal and bulk work never hold them. */
    WORKER_PRIORITY_SLOTS: z.coerce.number({ error: "must be a whole number, like 2" }).int("must be a whole number, like 2").min(0, "must be 0 or more").default(2),
    /** "off": one first-come-first-served queue for everything, as before delivery lanes (for comparison). */
    DELIVERY_LANES: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
    AWS_REGION: z.string().default("us-west-2"),
    /** On cloud.gov: the bound S3 service instance that holds the app's files, when more than one bucket is bound (lib/vcap.ts). */
    S3_SERVICE_NAME: z.string().optional(),
    S3_BUCKET: z.string().optional(),
    /** The bucket of files sent by email (its own, private), with the region and credentials of S3_BUCKET; unset: S3_BUCKET under documents/. */
    DOCUMENTS_BUCKET: z.string().optional(),
    /** A virus scanner for files sent by email: each file is POSTed here before it is stored. Off when unset. */
    FILE_SCAN_URL: z.url({ error: "must be a full URL, like http://clamav-rest.internal:8080/scan" }).optional(),
    S3_REGION: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** Email branding logos: an S3 bucket of their own when set (on cloud.gov from the LOGOS_SERVICE_NAME binding), else a local folder. */
    LOGOS_SERVICE_NAME: z.string().optional(),
    LOGOS_BUCKET: z.string().optional(),
    LOGOS_S3_REGION: z.string().optional(),
    LOGOS_S3_ACCESS_KEY_ID: z.string().optional(),
    LOGOS_S3_SECRET_ACCESS_KEY: z.string().optional(),
    LOGOS_DIR: z.string().default(".data/logos"),
    NOTIFY_EMAIL_DOMAIN: z.string().default("notify.example.gov"),
    /** The built-in Notify service's sender: From local part, reply-to address and SMS sender. */
    NOTIFY_SERVICE_EMAIL_FROM: z.string().regex(/^[a-z0-9._-]+$/, "must be the part before the @, like notify").default("notify"),
    NOTIFY_SERVICE_REPLY_TO: z.email({ error: "must be an email address, like help@agency.gov" }).optional(),
    NOTIFY_SERVICE_SMS_SENDER: z.string().optional(),
    /** Use AWS FIPS endpoints (agencies that require FIPS 140 validated TLS). */
    AWS_USE_FIPS_ENDPOINT: z.enum(["true", "false"], { error: "must be true or false" }).default("false").transform((v) => v === "true"),
    /** How long one AWS call may take before it counts as a (retryable) timeout. */
    AWS_TIMEOUT_MS: z.coerce
      .number({ error: "must be a whole number of milliseconds, like 5000" })
      .int("must be a whole number of milliseconds, like 5000")
      .min(100, "must be 100 or more")
      .max(60_000, "must be 60000 or fewer")
      .default(5_000),
    /** SES configuration set that publishes delivery, bounce and complaint events to SNS. */
    SES_CONFIGURATION_SET: z.string().optional(),
    /** Pinpoint SMS Voice v2 configuration set that publishes SMS events to SNS. */
    SMS_CONFIGURATION_SET: z.string().optional(),
    /** The End User Messaging SMS opt-out list Notify keeps in step with its own (AWS's "Default" when unset). */
    SMS_OPT_OUT_LIST: z.string().min(1).optional(),
    /** Origination identity (phone number, its id/ARN, or a pool) for senders that have none, like GSA's toll-free default. */
    SMS_DEFAULT_ORIGINATION_IDENTITY: z.string().optional(),
    /** Default messages per second for SMS senders without their own (AWS toll-free: 3); unset = no limit. */
    SMS_MESSAGES_PER_SECOND: z.coerce.number({ error: "must be a number, like 3" }).positive("must be more than 0").optional(),
    /** SES maximum send rate of the account (messages per second); unset = no limit. */
    EMAIL_MESSAGES_PER_SECOND: z.coerce.number({ error: "must be a number, like 14" }).positive("must be more than 0").optional(),
    /** Development and benchmarks: how long each call to the local providers takes before it answers (a batch's messages are concurrent calls). */
    LOCAL_PROVIDER_LATENCY_MS: z.coerce
      .number({ error: "must be a whole number of milliseconds, like 50" })
      .int("must be a whole number of milliseconds, like 50")
      .min(0, "must be 0 or more")
      .max(60_000, "must be 60000 or fewer")
      .default(0),
    /** Development and benchmarks: the local providers' sending rate (calls per second, per process), beyond which they throttle like AWS; unset = no limit. */
    LOCAL_PROVIDER_MAX_PER_SECOND: z.coerce.number({ error: "must be a number of messages per second, like 14" }).positive("must be more than 0").optional(),
    /** US dollars per SMS part beyond the free allowance, for the usage pages' cost estimates. */
    SMS_PRICE_PER_PART: z.coerce.number({ error: "must be a number of dollars, like 0.0075" }).min(0, "must be 0 or more").max(10, "must be 10 or less").default(0.0075),
    /** US dollars per email, for the API's cost_in_pounds (emails are free by default, as in Notify). */
    EMAIL_PRICE_PER_MESSAGE: z.coerce.number({ error: "must be a number of dollars, like 0.0001" }).min(0, "must be 0 or more").max(10, "must be 10 or less").default(0),
    /** Comma-separated SNS topic ARNs the receipts endpoint accepts; messages from any other topic are refused. */
    SNS_RECEIPT_TOPIC_ARNS: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean))
      .refine((arns) => arns.every((arn) => /^arn:aws(-[a-z]+)*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]+$/.test(arn)), "must be SNS topic ARNs separated by commas, like arn:aws:sns:us-west-2:123456789012:notify-receipts"),
    /** Sign in with Login.gov (OpenID Connect, private_key_jwt + PKCE). Offered only when issuer, client id and key are all set. */
    LOGIN_GOV_ISSUER: z.url({ error: "must be the issuer URL, like https://idp.int.identitysandbox.gov/" }).optional(),
    LOGIN_GOV_CLIENT_ID: z.string().optional(),
    /** The private key registered with Login.gov, PKCS#8 PEM; a literal \\n in a one-line value stands for a line break. */
    LOGIN_GOV_PRIVATE_KEY: z
      .string()
      .optional()
      .transform((v) => v?.replace(/\\n/g, "\n"))
      .refine((v) => v === undefined || (v.includes("-----BEGIN PRIVATE KEY-----") && v.includes("-----END PRIVATE KEY-----")), "must be a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY----- …)"),
    /** Authentication context requested from Login.gov (IAL1: urn:acr.login.gov:auth-only). */
    LOGIN_GOV_ACR_VALUES: z.string().default("urn:acr.login.gov:auth-only"),
  })
  .superRefine((env, ctx) => {
    const isDeployed = (DEPLOYED as readonly string[]).includes(env.NOTIFY_ENVIRONMENT);
    if (isDeployed) {
      for (const key of ["SECRET_KEY", "ENCRYPTION_KEY", "DATABASE_URL", "NOTIFY_BASE_URL"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: `must be set when NOTIFY_ENVIRONMENT is ${env.NOTIFY_ENVIRONMENT}` });
      }
    }
    // The local providers show every message, security codes included, to anyone at /outbox.
    if (isDeployed && env.EMAIL_PROVIDER === "local") {
      ctx.addIssue({ code: "custom", path: ["EMAIL_PROVIDER"], message: `must be ses when NOTIFY_ENVIRONMENT is ${env.NOTIFY_ENVIRONMENT} (the local provider shows every email at /outbox)` });
    }
    if (isDeployed && env.SMS_PROVIDER === "local") {
      ctx.addIssue({ code: "custom", path: ["SMS_PROVIDER"], message: `must be sns or pinpoint when NOTIFY_ENVIRONMENT is ${env.NOTIFY_ENVIRONMENT} (the local provider shows every text message at /outbox)` });
    }
    if ((env.EMAIL_PROVIDER === "ses" || env.SMS_PROVIDER !== "local") && isDeployed && env.SNS_RECEIPT_TOPIC_ARNS.length === 0) {
      ctx.addIssue({ code: "custom", path: ["SNS_RECEIPT_TOPIC_ARNS"], message: "must be set when AWS providers are used, or no delivery receipt is accepted" });
    }
    const loginGov = [env.LOGIN_GOV_ISSUER, env.LOGIN_GOV_CLIENT_ID, env.LOGIN_GOV_PRIVATE_KEY];
    if (loginGov.some(Boolean) && !loginGov.every(Boolean)) {
      const missing = (["LOGIN_GOV_ISSUER", "LOGIN_GOV_CLIENT_ID", "LOGIN_GOV_PRIVATE_KEY"] as const).find((key) => !env[key]);
      ctx.addIssue({ code: "custom", path: [missing ?? "LOGIN_GOV_ISSUER"], message: "must be set with the other LOGIN_GOV_ variables to offer sign-in with Login.gov" });
    }
    // A deployed app's disk is wiped on every restage: logos there would vanish from sent emails.
    if (isDeployed && env.STORAGE_PROVIDER === "s3" && !env.LOGOS_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["LOGOS_BUCKET"], message: "must be set when STORAGE_PROVIDER is s3 (bind the logos bucket and set LOGOS_SERVICE_NAME)" });
    }
    if (env.STORAGE_PROVIDER === "s3" && !env.S3_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "must be set when STORAGE_PROVIDER is s3" });
    }
  });

export type Env = z.infer<typeof envSchema> & { DATABASE_URL: string; SECRET_KEY: string; ENCRYPTION_KEY: string; NOTIFY_BASE_URL: string };

/** Thrown for bad configuration. Its message is one line, naming the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates a set of variables; every problem becomes one line like `PORT must be a port number, like 3000`. */
export function parseEnv(raw: Record<string, string | undefined>): z.infer<typeof envSchema> {
  let withVcap: Record<string, string | undefined>;
  try {
    withVcap = applyVcapServices(raw);
  } catch (error) {
    if (error instanceof VcapError) throw new ConfigError(`Configuration error: ${error.message}`);
    throw error;
  }
  const cleaned = Object.fromEntries(Object.entries(withVcap).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue ? String(issue.path[0] ?? "configuration") : "configuration";
    throw new ConfigError(`Configuration error: ${key} ${issue?.message ?? "is not valid"}`);
  }
  return result.data;
}

// Local and test runs get fixed, clearly-not-secret keys so web and worker agree without setup.
const LOCAL_SECRET = "local-development-secret-key-not-for-production-use";
const LOCAL_ENCRYPTION_KEY = "local-development-encryption-key-not-for-production-use";

let cached: Env | undefined;

/** The validated configuration of this process. DATABASE_URL is required here (npm start sets it). */
export function getEnv(): Env {
  if (cached) return cached;
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new ConfigError("Configuration error: DATABASE_URL must be set (npm start sets it for the embedded database)");
  cached = {
    ...env,
    DATABASE_URL: env.DATABASE_URL,
    SECRET_KEY: env.SECRET_KEY ?? LOCAL_SECRET,
    ENCRYPTION_KEY: env.ENCRYPTION_KEY ?? LOCAL_ENCRYPTION_KEY,
    NOTIFY_BASE_URL: env.NOTIFY_BASE_URL ?? `http://localhost:${env.PORT}`,
  };
  return cached;
}

/** The key that encrypts and the older ones that still decrypt (lib/security/encryption.ts). */
export function encryptionKeys(env: Env = getEnv()): EncryptionKeys {
  return { current: env.ENCRYPTION_KEY, previous: env.ENCRYPTION_KEY_PREVIOUS };
}

/** For tests that change process.env. */
export function resetEnvCache(): void {
  cached = undefined;
}
