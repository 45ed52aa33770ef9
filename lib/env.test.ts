import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives local defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NOTIFY_ENVIRONMENT: "local", PORT: 3000, HOST: "127.0.0.1", EMAIL_PROVIDER: "local", SMS_PROVIDER: "local", STORAGE_PROVIDER: "local" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/db" }, "Configuration error: DATABASE_URL must be a PostgreSQL URL, like postgresql://user:password@localhost:5432/notify"],
    [{ DATABASE_URL: "not a url" }, "Configuration error: DATABASE_URL must be a PostgreSQL URL, like postgresql://user:password@localhost:5432/notify"],
    [{ EMAIL_PROVIDER: "sendgrid" }, "Configuration error: EMAIL_PROVIDER must be local or ses"],
    [{ SMS_PROVIDER: "twilio" }, "Configuration error: SMS_PROVIDER must be local, sns or pinpoint"],
    [{ PORT: "abc" }, "Configuration error: PORT must be a port number, like 3000"],
    [{ PORT: "70000" }, "Configuration error: PORT must be between 1 and 65535"],
    [{ NOTIFY_ENVIRONMENT: "prod" }, "Configuration error: NOTIFY_ENVIRONMENT must be one of local, test, sandbox, staging, production"],
    [{ STORAGE_PROVIDER: "s3" }, "Configuration error: S3_BUCKET must be set when STORAGE_PROVIDER is s3"],
    [{ AWS_TIMEOUT_MS: "fast" }, "Configuration error: AWS_TIMEOUT_MS must be a whole number of milliseconds, like 5000"],
    [{ SMS_MESSAGES_PER_SECOND: "fast" }, "Configuration error: SMS_MESSAGES_PER_SECOND must be a number, like 3"],
    [{ EMAIL_MESSAGES_PER_SECOND: "0" }, "Configuration error: EMAIL_MESSAGES_PER_SECOND must be more than 0"],
    [{ LOCAL_PROVIDER_LATENCY_MS: "slow" }, "Configuration error: LOCAL_PROVIDER_LATENCY_MS must be a whole number of milliseconds, like 50"],
    [{ LOCAL_PROVIDER_LATENCY_MS: "-5" }, "Configuration error: LOCAL_PROVIDER_LATENCY_MS must be 0 or more"],
    [{ LOCAL_PROVIDER_MAX_PER_SECOND: "lots" }, "Configuration error: LOCAL_PROVIDER_MAX_PER_SECOND must be a number of messages per second, like 14"],
    [{ LOCAL_PROVIDER_MAX_PER_SECOND: "0" }, "Configuration error: LOCAL_PROVIDER_MAX_PER_SECOND must be more than 0"],
    [{ AWS_USE_FIPS_ENDPOINT: "yes" }, "Configuration error: AWS_USE_FIPS_ENDPOINT must be true or false"],
    [{ SNS_RECEIPT_TOPIC_ARNS: "notify-receipts" }, "Configuration error: SNS_RECEIPT_TOPIC_ARNS must be SNS topic ARNs separated by commas, like arn:aws:sns:us-west-2:123456789012:notify-receipts"],
    [{ SECRET_KEY: "short" }, "Configuration error: SECRET_KEY must be at least 32 characters (use: openssl rand -base64 48)"],
  ])("rejects %o with one line naming the variable", (raw, message) => {
    expect(() => parseEnv(raw)).toThrow(ConfigError);
    expect(() => parseEnv(raw)).toThrow(message);
  });

  it("reads the previous encryption keys as a list, each at least 32 characters", () => {
    expect(parseEnv({}).ENCRYPTION_KEY_PREVIOUS).toEqual([]);
    expect(parseEnv({ ENCRYPTION_KEY_PREVIOUS: ` ${"a".repeat(32)} ,${"b".repeat(40)}` }).ENCRYPTION_KEY_PREVIOUS).toEqual(["a".repeat(32), "b".repeat(40)]);
    expect(() => parseEnv({ ENCRYPTION_KEY_PREVIOUS: `${"a".repeat(32)},short` })).toThrow("Configuration error: ENCRYPTION_KEY_PREVIOUS must be keys of at least 32 characters each, separated by commas");
  });

  it("reads the AWS settings, with the receipt topics as a list", () => {
    const env = parseEnv({
      AWS_USE_FIPS_ENDPOINT: "true",
      SES_CONFIGURATION_SET: "notify-events",
      SNS_RECEIPT_TOPIC_ARNS: "arn:aws:sns:us-west-2:123456789012:ses-events, arn:aws-us-gov:sns:us-gov-west-1:123456789012:sms-events",
    });
    expect(env).toMatchObject({ AWS_USE_FIPS_ENDPOINT: true, AWS_TIMEOUT_MS: 5000, SES_CONFIGURATION_SET: "notify-events" });
    expect(env.SNS_RECEIPT_TOPIC_ARNS).toEqual(["arn:aws:sns:us-west-2:123456789012:ses-events", "arn:aws-us-gov:sns:us-gov-west-1:123456789012:sms-events"]);
    expect(parseEnv({}).SNS_RECEIPT_TOPIC_ARNS).toEqual([]);
  });

  const deployed = { NOTIFY_ENVIRONMENT: "staging", DATABASE_URL: "postgresql://db.internal/notify", SECRET_KEY: "x".repeat(32), ENCRYPTION_KEY: "y".repeat(32), NOTIFY_BASE_URL: "https://notify.example.gov" };
  const aws = { EMAIL_PROVIDER: "ses", SMS_PROVIDER: "pinpoint", SNS_RECEIPT_TOPIC_ARNS: "arn:aws:sns:us-west-2:123456789012:notify-receipts" };

  it("requires receipt topics when deployed with AWS providers", () => {
    expect(() => parseEnv({ ...deployed, ...aws, SNS_RECEIPT_TOPIC_ARNS: "" })).toThrow("Configuration error: SNS_RECEIPT_TOPIC_ARNS must be set when AWS providers are used, or no delivery receipt is accepted");
    expect(parseEnv({ ...deployed, ...aws })).toMatchObject({ EMAIL_PROVIDER: "ses", SMS_PROVIDER: "pinpoint" });
  });

  it.each(["sandbox", "staging", "production"])("refuses the local email and SMS providers, which publish every message at /outbox, when NOTIFY_ENVIRONMENT is %s", (environment) => {
    const raw = { ...deployed, ...aws, NOTIFY_ENVIRONMENT: environment };
    const emailLine = `Configuration error: EMAIL_PROVIDER must be ses when NOTIFY_ENVIRONMENT is ${environment} (the local provider shows every email at /outbox)`;
    const smsLine = `Configuration error: SMS_PROVIDER must be sns or pinpoint when NOTIFY_ENVIRONMENT is ${environment} (the local provider shows every text message at /outbox)`;
    // Left unset they default to local, so a deploy that forgets them fails too.
    for (const [variable, line] of [["EMAIL_PROVIDER", emailLine], ["SMS_PROVIDER", smsLine]] as const) {
      for (const value of ["local", ""]) {
        const error = (() => {
          try {
            parseEnv({ ...raw, [variable]: value });
          } catch (e) {
            return e;
          }
          return null;
        })();
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).message).toBe(line);
      }
    }
  });

  it("keeps the local providers as the default for local and test runs", () => {
    for (const environment of ["local", "test"]) expect(parseEnv({ NOTIFY_ENVIRONMENT: environment })).toMatchObject({ EMAIL_PROVIDER: "local", SMS_PROVIDER: "local" });
  });

  it("offers Login.gov only with issuer, client id and key all set, and reads a one-line key", () => {
    const key = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----";
    const env = parseEnv({ LOGIN_GOV_ISSUER: "https://idp.int.identitysandbox.gov/", LOGIN_GOV_CLIENT_ID: "urn:gov:gsa:openidconnect.profiles:sp:sso:agency:notify", LOGIN_GOV_PRIVATE_KEY: key });
    expect(env.LOGIN_GOV_PRIVATE_KEY).toBe("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----");
    expect(env.LOGIN_GOV_ACR_VALUES).toBe("urn:acr.login.gov:auth-only");
    expect(() => parseEnv({ LOGIN_GOV_ISSUER: "https://idp.int.identitysandbox.gov/" })).toThrow("Configuration error: LOGIN_GOV_CLIENT_ID must be set with the other LOGIN_GOV_ variables to offer sign-in with Login.gov");
    expect(() => parseEnv({ LOGIN_GOV_ISSUER: "https://idp.int.identitysandbox.gov/", LOGIN_GOV_CLIENT_ID: "notify", LOGIN_GOV_PRIVATE_KEY: "secret" })).toThrow(
      "Configuration error: LOGIN_GOV_PRIVATE_KEY must be a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY----- …)",
    );
    expect(() => parseEnv({ LOGIN_GOV_ISSUER: "idp.int.identitysandbox.gov" })).toThrow("Configuration error: LOGIN_GOV_ISSUER must be the issuer URL, like https://idp.int.identitysandbox.gov/");
  });

  it("requires secrets when deployed", () => {
    expect(() => parseEnv({ NOTIFY_ENVIRONMENT: "production", DATABASE_URL: "postgresql://db.internal/notify" })).toThrow(
      "Configuration error: SECRET_KEY must be set when NOTIFY_ENVIRONMENT is production",
    );
  });

  it("reads the database from cloud.gov's VCAP_SERVICES", () => {
    const vcap = JSON.stringify({
      "aws-rds": [{ credentials: { uri: "postgres://u:p@rds.example:5432/notify" } }],
      s3: [{ credentials: { bucket: "notify-files", region: "us-gov-west-1", access_key_id: "AKIA", secret_access_key: "s" } }],
    });
    const env = parseEnv({ VCAP_SERVICES: vcap });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@rds.example:5432/notify");
    expect(env.S3_BUCKET).toBe("notify-files");
    expect(env.S3_REGION).toBe("us-gov-west-1");
  });

  it("lets an explicit DATABASE_URL win over VCAP_SERVICES and reports bad VCAP JSON clearly", () => {
    const vcap = JSON.stringify({ "aws-rds": [{ credentials: { uri: "postgres://u:p@rds.example:5432/notify" } }] });
    expect(parseEnv({ VCAP_SERVICES: vcap, DATABASE_URL: "postgresql://localhost/mine" }).DATABASE_URL).toBe("postgresql://localhost/mine");
    expect(() => parseEnv({ VCAP_SERVICES: "{oops" })).toThrow("VCAP_SERVICES is not valid JSON");
  });
});
