import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";
import { applyVcapServices, readS3Bindings, VcapError } from "./vcap";

// The shape cloud.gov's S3 broker gives each bound bucket.
function s3Entry(name: string, bucket: string, keys: { id: string; secret: string }) {
  return {
    name,
    label: "s3",
    plan: "basic",
    credentials: {
      bucket,
      region: "us-gov-west-1",
      access_key_id: keys.id,
      secret_access_key: keys.secret,
      uri: `s3://${keys.id}:${keys.secret}@s3-us-gov-west-1.amazonaws.com/${bucket}`,
      endpoint: "s3-us-gov-west-1.amazonaws.com",
      fips_endpoint: "s3-fips.us-gov-west-1.amazonaws.com",
      additional_buckets: [],
    },
  };
}

const files = s3Entry("notify-files-staging", "cg-1111-files", { id: "AKIAFILES", secret: "files-secret" });
const reports = s3Entry("notify-reports-staging", "cg-2222-reports", { id: "AKIAREPORTS", secret: "reports-secret" });
const rds = { name: "notify-db-staging", label: "aws-rds", credentials: { uri: "postgres://u:p@rds.example:5432/notify" } };

describe("readS3Bindings", () => {
  it("reads each bound bucket with its own credentials and FIPS endpoint", () => {
    expect(readS3Bindings(JSON.stringify({ s3: [files, reports] }))).toEqual([
      { name: "notify-files-staging", bucket: "cg-1111-files", region: "us-gov-west-1", accessKeyId: "AKIAFILES", secretAccessKey: "files-secret", fipsEndpoint: "s3-fips.us-gov-west-1.amazonaws.com" },
      { name: "notify-reports-staging", bucket: "cg-2222-reports", region: "us-gov-west-1", accessKeyId: "AKIAREPORTS", secretAccessKey: "reports-secret", fipsEndpoint: "s3-fips.us-gov-west-1.amazonaws.com" },
    ]);
  });

  it("skips entries without a bucket and reads nothing without VCAP_SERVICES", () => {
    expect(readS3Bindings(JSON.stringify({ s3: [{ name: "broken", credentials: {} }], "aws-rds": [rds] }))).toEqual([]);
    expect(readS3Bindings(undefined)).toEqual([]);
  });

  it("refuses JSON that is not an object of services", () => {
    expect(() => readS3Bindings("[1,2]")).toThrow(VcapError);
    expect(() => readS3Bindings("{oops")).toThrow("VCAP_SERVICES is not valid JSON");
  });
});

describe("applyVcapServices", () => {
  it("uses the only bound bucket", () => {
    const env = applyVcapServices({ VCAP_SERVICES: JSON.stringify({ s3: [files], "aws-rds": [rds] }) });
    expect(env).toMatchObject({ DATABASE_URL: "postgresql://u:p@rds.example:5432/notify", S3_BUCKET: "cg-1111-files", S3_REGION: "us-gov-west-1", S3_ACCESS_KEY_ID: "AKIAFILES", S3_SECRET_ACCESS_KEY: "files-secret" });
  });

  it("picks the binding named by S3_SERVICE_NAME, with that bucket's keys, not the first one's", () => {
    const env = applyVcapServices({ S3_SERVICE_NAME: "notify-reports-staging", VCAP_SERVICES: JSON.stringify({ s3: [files, reports] }) });
    expect(env).toMatchObject({ S3_BUCKET: "cg-2222-reports", S3_ACCESS_KEY_ID: "AKIAREPORTS", S3_SECRET_ACCESS_KEY: "reports-secret" });
  });

  it("picks the binding whose bucket is S3_BUCKET", () => {
    const env = applyVcapServices({ S3_BUCKET: "cg-2222-reports", VCAP_SERVICES: JSON.stringify({ s3: [files, reports] }) });
    expect(env).toMatchObject({ S3_BUCKET: "cg-2222-reports", S3_ACCESS_KEY_ID: "AKIAREPORTS" });
  });

  it("falls back to the plain variables when S3_BUCKET names an unbound bucket", () => {
    const env = applyVcapServices({ S3_BUCKET: "my-own-bucket", S3_ACCESS_KEY_ID: "AKIAMINE", VCAP_SERVICES: JSON.stringify({ s3: [files] }) });
    expect(env).toMatchObject({ S3_BUCKET: "my-own-bucket", S3_ACCESS_KEY_ID: "AKIAMINE" });
    expect(env.S3_SECRET_ACCESS_KEY).toBeUndefined();
  });

  it("takes the logos bucket from the LOGOS_SERVICE_NAME binding and never uses it for files", () => {
    const env = applyVcapServices({ LOGOS_SERVICE_NAME: "notify-reports-staging", VCAP_SERVICES: JSON.stringify({ s3: [files, reports] }) });
    expect(env).toMatchObject({ S3_BUCKET: "cg-1111-files", S3_ACCESS_KEY_ID: "AKIAFILES", LOGOS_BUCKET: "cg-2222-reports", LOGOS_S3_ACCESS_KEY_ID: "AKIAREPORTS", LOGOS_S3_SECRET_ACCESS_KEY: "reports-secret" });
    expect(() => applyVcapServices({ LOGOS_SERVICE_NAME: "nope", VCAP_SERVICES: JSON.stringify({ s3: [files] }) })).toThrow("LOGOS_SERVICE_NAME is nope");
  });

  it("lets explicitly set keys win over the binding's", () => {
    const env = applyVcapServices({ S3_ACCESS_KEY_ID: "AKIAEXPLICIT", VCAP_SERVICES: JSON.stringify({ s3: [files] }) });
    expect(env).toMatchObject({ S3_BUCKET: "cg-1111-files", S3_ACCESS_KEY_ID: "AKIAEXPLICIT", S3_SECRET_ACCESS_KEY: "files-secret" });
  });

  it("says what to set when several buckets are bound and nothing chooses one", () => {
    expect(() => applyVcapServices({ VCAP_SERVICES: JSON.stringify({ s3: [files, reports] }) })).toThrow(
      "VCAP_SERVICES has 2 s3 bindings (notify-files-staging, notify-reports-staging): set S3_SERVICE_NAME to the one that holds the app's files",
    );
    expect(() => applyVcapServices({ S3_SERVICE_NAME: "notify-files-prod", VCAP_SERVICES: JSON.stringify({ s3: [files] }) })).toThrow(
      "S3_SERVICE_NAME is notify-files-prod but VCAP_SERVICES has no s3 binding of that name (bound: notify-files-staging)",
    );
  });

  it("takes variables from user-provided services, where not set explicitly", () => {
    const secrets = { name: "notify-secrets-staging", label: "user-provided", credentials: { SECRET_KEY: "s".repeat(40), ENCRYPTION_KEY: "e".repeat(40), "not a variable": "x", LOG_LEVEL: "" } };
    const env = applyVcapServices({ ENCRYPTION_KEY: "explicit", VCAP_SERVICES: JSON.stringify({ "user-provided": [secrets] }) });
    expect(env).toMatchObject({ SECRET_KEY: "s".repeat(40), ENCRYPTION_KEY: "explicit" });
    expect(env).not.toHaveProperty("not a variable");
    expect(env.LOG_LEVEL).toBeUndefined();
  });

  it("leaves env alone without VCAP_SERVICES", () => {
    const env = { S3_BUCKET: "local" };
    expect(applyVcapServices(env)).toBe(env);
  });
});

describe("parseEnv with VCAP_SERVICES", () => {
  it("turns a VCAP problem into one configuration error line", () => {
    expect(() => parseEnv({ VCAP_SERVICES: JSON.stringify({ s3: [files, reports] }) })).toThrow(ConfigError);
    expect(() => parseEnv({ VCAP_SERVICES: JSON.stringify({ s3: [files, reports] }) })).toThrow(/^Configuration error: VCAP_SERVICES has 2 s3 bindings/);
  });

  it("gives the storage settings of the chosen binding", () => {
    const env = parseEnv({ STORAGE_PROVIDER: "s3", S3_SERVICE_NAME: "notify-files-staging", VCAP_SERVICES: JSON.stringify({ s3: [files, reports], "aws-rds": [rds] }) });
    expect(env).toMatchObject({ STORAGE_PROVIDER: "s3", S3_SERVICE_NAME: "notify-files-staging", S3_BUCKET: "cg-1111-files", S3_REGION: "us-gov-west-1" });
  });
});
