// `npm run simulate-inbound-sms` as a person runs it (a child process, against this run's
// database): it queues a text for the service that owns the number, and a bad number or an
// unknown one is refused with a message to act on and nothing queued.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../lib/db/client";
import { createTestService, createTestUser } from "../testing/factories";

const SCRIPT = path.join(__dirname, "simulate-inbound-sms.ts");

async function run(args: string[], vars: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SMS_PROVIDER: "local", LOG_LEVEL: "warn", ...vars };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", SCRIPT, ...args], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const queued = async () =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key LIKE 'receive-inbound-sms@%'`)[0]?.n;

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key LIKE 'receive-inbound-sms@%'`;
});

describe("npm run simulate-inbound-sms", () => {
  it("gives a service a number, then simulates a text to it; --json says what it did", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const given = await run(["--give-number", service.id, "--json"]);
    expect(given.code).toBe(0);
    const { number } = JSON.parse(given.stdout) as { number: string };

    const sent = await run(["--to", number, "--from", "202-555-0177", "--json", "Is my permit ready?"]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(JSON.parse(sent.stdout)).toMatchObject({ ok: true, serviceId: service.id, to: number, from: "+12025550177" });
    expect(await queued()).toBe(1);

    const text = await run(["--to", number, "--from", "+12025550177", "Hello"]);
    expect(text.stdout).toContain(`Simulated a text from +12025550177 to ${number} (${service.name}).`);
  }, 120_000);

  it("refuses a bad sender or an unknown number, saying what to do, and queues nothing", async () => {
    const badSender = await run(["--to", "+12025550150", "--from", "12345", "Hello"]);
    expect(badSender).toMatchObject({ code: 1 });
    expect(badSender.stderr).toContain("--from: Enter a phone number in the correct format, like 202-555-0123 or +44 7700 900123 (not enough digits)");

    const unknown = await run(["--to", "+12025559998", "--from", "+12025550177", "--json", "Hello"]);
    expect(unknown.code).toBe(1);
    const answer = JSON.parse(unknown.stdout) as { ok: boolean; problems: string[] };
    expect(answer.ok).toBe(false);
    expect(answer.problems[0]).toBe("--to: There is no service that can receive text messages on +12025559998");
    expect(answer.problems[1]).toMatch(/^Numbers you can use: |^No service can receive text messages yet/);

    const notLocal = await run(["--to", "+12025550150", "--from", "+12025550177", "Hello"], { SMS_PROVIDER: "pinpoint" });
    expect(notLocal).toMatchObject({ code: 1, stderr: "Received texts can only be simulated while Notify uses its local SMS provider (SMS_PROVIDER=local)\n" });
    expect(await queued()).toBe(0);
  }, 120_000);
});
