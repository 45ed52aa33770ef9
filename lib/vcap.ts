// Cloud Foundry (cloud.gov) passes bound services in VCAP_SERVICES. This turns them into the plain
// variables lib/env.ts reads, before validation, so the rest of the app never looks at VCAP.
// Explicitly set variables win, which keeps local runs and tests simple.

type VcapService = { name?: string; label?: string; credentials?: Record<string, unknown> };

function firstCredentials(vcap: Record<string, VcapService[]>, labels: string[]) {
  for (const label of labels) {
    const service = vcap[label]?.[0];
    if (service?.credentials) return service.credentials;
  }
  return undefined;
}

/** Returns env with DATABASE_URL and S3 settings filled in from VCAP_SERVICES where missing. */
export function applyVcapServices(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const raw = env.VCAP_SERVICES;
  if (!raw) return env;
  let vcap: Record<string, VcapService[]>;
  try {
    vcap = JSON.parse(raw) as Record<string, VcapService[]>;
  } catch {
    throw new VcapError("VCAP_SERVICES is not valid JSON");
  }
  const out = { ...env };
  const rds = firstCredentials(vcap, ["aws-rds"]);
  if (!out.DATABASE_URL && typeof rds?.uri === "string") {
    out.DATABASE_URL = rds.uri.replace(/^postgres:\/\//, "postgresql://");
  }
  const s3 = firstCredentials(vcap, ["s3"]);
  if (s3) {
    out.S3_BUCKET ??= typeof s3.bucket === "string" ? s3.bucket : undefined;
    out.S3_REGION ??= typeof s3.region === "string" ? s3.region : undefined;
    out.S3_ACCESS_KEY_ID ??= typeof s3.access_key_id === "string" ? s3.access_key_id : undefined;
    out.S3_SECRET_ACCESS_KEY ??= typeof s3.secret_access_key === "string" ? s3.secret_access_key : undefined;
  }
  return out;
}

export class VcapError extends Error {}
