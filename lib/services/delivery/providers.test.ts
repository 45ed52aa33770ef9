import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../../env";
import { getProviders, resetProviders } from "./providers";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
  resetProviders();
});

function configure(vars: Record<string, string>) {
  process.env = { ...saved, DATABASE_URL: "postgresql://127.0.0.1:5432/unused", ...vars };
  resetEnvCache();
  resetProviders();
}

describe("getProviders", () => {
  it("uses the local outbox and disk by default", () => {
    configure({ EMAIL_PROVIDER: "local", SMS_PROVIDER: "local", STORAGE_PROVIDER: "local" });
    const providers = getProviders();
    expect([providers.email.name, providers.sms.name, providers.storage.name]).toEqual(["local", "local", "local"]);
  });

  it.each([
    [{ EMAIL_PROVIDER: "ses", SMS_PROVIDER: "pinpoint", STORAGE_PROVIDER: "s3", S3_BUCKET: "notify-files" }, ["ses", "pinpoint", "s3"]],
    [{ EMAIL_PROVIDER: "local", SMS_PROVIDER: "sns", STORAGE_PROVIDER: "local" }, ["local", "sns", "local"]],
  ])("picks each provider from configuration: %o", (vars, names) => {
    configure(vars);
    const providers = getProviders();
    expect([providers.email.name, providers.sms.name, providers.storage.name]).toEqual(names);
  });
});
