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
    [{ SECRET_KEY: "short" }, "Configuration error: SECRET_KEY must be at least 32 characters (use: openssl rand -base64 48)"],
  ])("rejects %o with one line naming the variable", (raw, message) => {
    expect(() => parseEnv(raw)).toThrow(ConfigError);
    expect(() => parseEnv(raw)).toThrow(message);
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
