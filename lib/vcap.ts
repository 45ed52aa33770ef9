// Cloud Foundry (cloud.gov) passes bound services in VCAP_SERVICES. This turns them into the plain
// variables lib/env.ts reads, before validation, so the rest of the app never looks at VCAP.
// Explicitly set variables win, which keeps local runs and tests simple.
//
// Secrets: every user-provided service (cf create-user-provided-service, terraform's notify-secrets)
// contributes its credentials whose names look like variables (SECRET_KEY, ENCRYPTION_KEY, ...).
//
// S3: each bound bucket (service label "s3") brings its own credentials. The app's file store is
// the binding named by S3_SERVICE_NAME, else the binding whose bucket is S3_BUCKET, else the only
// one; with several and nothing to choose by, start-up stops and says so. The email logos bucket is
// the binding named by LOGOS_SERVICE_NAME and is never taken for the file store.

type VcapService = { name?: string; label?: string; credentials?: Record<string, unknown> };

/** One bound S3 bucket and the keys cloud.gov's broker issued for it. */
export type S3Binding = {
  /** The service instance's name, as in manifest.yml's services list. */
  name: string;
  bucket: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Host of the bucket's FIPS endpoint; the SDK resolves the same host when AWS_USE_FIPS_ENDPOINT is true. */
  fipsEndpoint?: string;
};

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

function parseVcap(raw: string): Record<string, VcapService[]> {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, VcapService[]>;
  } catch {
    // reported below
  }
  throw new VcapError("VCAP_SERVICES is not valid JSON");
}

const VARIABLE_NAME = /^[A-Z][A-Z0-9_]*$/;

/** [name, value] of each variable-like credential of the user-provided services, first binding first. */
function userProvidedVariables(vcap: Record<string, VcapService[]>): [string, string][] {
  const services = Array.isArray(vcap["user-provided"]) ? vcap["user-provided"] : [];
  return services.flatMap((service) =>
    Object.entries(service.credentials ?? {}).flatMap(([key, value]): [string, string][] => (VARIABLE_NAME.test(key) && typeof value === "string" && value !== "" ? [[key, value]] : [])),
  );
}

/** Every bound S3 bucket in VCAP_SERVICES, in binding order. Entries without a bucket are skipped. */
export function readS3Bindings(vcapServices: string | undefined): S3Binding[] {
  if (!vcapServices) return [];
  const entries = parseVcap(vcapServices).s3;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((service, index) => {
    const credentials = service.credentials ?? {};
    const bucket = text(credentials.bucket);
    if (!bucket) return [];
    return [
      {
        name: text(service.name) ?? `s3-${index + 1}`,
        bucket,
        region: text(credentials.region),
        accessKeyId: text(credentials.access_key_id),
        secretAccessKey: text(credentials.secret_access_key),
        fipsEndpoint: text(credentials.fips_endpoint),
      },
    ];
  });
}

/** The binding that holds the app's files, or undefined when the plain S3_* variables apply. */
export function selectFileStoreBinding(bindings: S3Binding[], env: Record<string, string | undefined>): S3Binding | undefined {
  const names = bindings.map((binding) => binding.name).join(", ");
  if (env.S3_SERVICE_NAME) {
    const named = bindings.find((binding) => binding.name === env.S3_SERVICE_NAME);
    if (!named) {
      throw new VcapError(`S3_SERVICE_NAME is ${env.S3_SERVICE_NAME} but VCAP_SERVICES has no s3 binding of that name (bound: ${names || "none"})`);
    }
    return named;
  }
  if (env.S3_BUCKET) return bindings.find((binding) => binding.bucket === env.S3_BUCKET);
  if (bindings.length > 1) {
    throw new VcapError(`VCAP_SERVICES has ${bindings.length} s3 bindings (${names}): set S3_SERVICE_NAME to the one that holds the app's files`);
  }
  return bindings[0];
}

/** Returns env with DATABASE_URL and S3 settings filled in from VCAP_SERVICES where missing. */
export function applyVcapServices(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const raw = env.VCAP_SERVICES;
  if (!raw) return env;
  const vcap = parseVcap(raw);
  const out = { ...env };
  for (const [key, value] of userProvidedVariables(vcap)) {
    if (!out[key]) out[key] = value;
  }
  const rds = vcap["aws-rds"]?.[0]?.credentials;
  if (!out.DATABASE_URL && typeof rds?.uri === "string") {
    out.DATABASE_URL = rds.uri.replace(/^postgres:\/\//, "postgresql://");
  }
  const bindings = readS3Bindings(raw);
  const logos = env.LOGOS_SERVICE_NAME ? bindings.find((binding) => binding.name === env.LOGOS_SERVICE_NAME) : undefined;
  if (env.LOGOS_SERVICE_NAME && !logos) {
    throw new VcapError(`LOGOS_SERVICE_NAME is ${env.LOGOS_SERVICE_NAME} but VCAP_SERVICES has no s3 binding of that name (bound: ${bindings.map((b) => b.name).join(", ") || "none"})`);
  }
  if (logos) {
    out.LOGOS_BUCKET ||= logos.bucket;
    out.LOGOS_S3_REGION ||= logos.region;
    out.LOGOS_S3_ACCESS_KEY_ID ||= logos.accessKeyId;
    out.LOGOS_S3_SECRET_ACCESS_KEY ||= logos.secretAccessKey;
  }
  const files = selectFileStoreBinding(
    bindings.filter((binding) => binding !== logos),
    env,
  );
  if (files) {
    out.S3_BUCKET ||= files.bucket;
    out.S3_REGION ||= files.region;
    out.S3_ACCESS_KEY_ID ||= files.accessKeyId;
    out.S3_SECRET_ACCESS_KEY ||= files.secretAccessKey;
  }
  return out;
}

export class VcapError extends Error {}
