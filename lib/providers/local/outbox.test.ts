// The local providers' realism for development and benchmarks: latency on every call (a batch's
// messages answer together, as concurrent calls do) and AWS-like throttling beyond a sending rate.
import { describe, expect, it } from "vitest";
import { ProviderRetryableError } from "../errors";
import { LocalEmailProvider, LocalSmsProvider, type OutboxEntry } from "./outbox";
import { THROTTLED_MESSAGE } from "./realism";

const email = { to: "someone@example.com", from: { name: "Parks", address: "parks@notify.example.gov" }, subject: "Hello", text: "Hello", html: "<p>Hello</p>" };
const sms = (n: number) => ({ to: "+12025550123", body: `Message ${n}`, idempotencyKey: `id-${n}` });

function setup(options: { latencyMs?: number; maxPerSecond?: number } = {}) {
  const clock = { now: 0 };
  const slept: number[] = [];
  const written: OutboxEntry[] = [];
  const realism = { ...options, now: () => clock.now, sleep: async (ms: number) => void slept.push(ms) };
  const write = async (entries: readonly OutboxEntry[]) => void written.push(...entries);
  return { clock, slept, written, email: new LocalEmailProvider(write, realism), sms: new LocalSmsProvider(write, realism) };
}

describe("local providers", () => {
  it("answer at once and never throttle by default", async () => {
    const { slept, written, email: provider, sms: texts } = setup();
    for (let i = 0; i < 50; i++) await provider.sendEmail(email);
    const results = await texts.sendSmsBatch(Array.from({ length: 1000 }, (_, i) => sms(i)));
    expect(results.every((r) => !(r instanceof Error))).toBe(true);
    expect(written).toHaveLength(1050);
    expect(slept).toEqual([]);
  });

  it("take LOCAL_PROVIDER_LATENCY_MS to answer each call, and a batch's messages answer together", async () => {
    const { slept, email: provider, sms: texts } = setup({ latencyMs: 80 });
    await provider.sendEmail(email);
    await texts.sendSms(sms(1));
    await texts.sendSmsBatch([sms(2), sms(3), sms(4)]);
    expect(slept).toEqual([80, 80, 80]);
  });

  it("throttle email beyond the sending rate with a retryable error, and accept again once the second has passed", async () => {
    const { clock, written, email: provider } = setup({ maxPerSecond: 2 });
    await provider.sendEmail(email);
    await provider.sendEmail(email);
    await expect(provider.sendEmail(email)).rejects.toThrow(ProviderRetryableError);
    await expect(provider.sendEmail(email)).rejects.toThrow(THROTTLED_MESSAGE);
    expect(written).toHaveLength(2);

    clock.now = 500; // half a second: one more
    await provider.sendEmail(email);
    await expect(provider.sendEmail(email)).rejects.toThrow(ProviderRetryableError);
    clock.now = 10_000; // a quiet spell allows one second's worth, no more
    await provider.sendEmail(email);
    await provider.sendEmail(email);
    await expect(provider.sendEmail(email)).rejects.toThrow(ProviderRetryableError);
    expect(written).toHaveLength(5);
  });

  it("throttle the messages of a batch beyond the rate one by one, writing only those accepted", async () => {
    const { clock, written, sms: texts } = setup({ maxPerSecond: 3, latencyMs: 10 });
    const results = await texts.sendSmsBatch([sms(1), sms(2), sms(3), sms(4), sms(5)]);
    expect(results.map((r) => (r instanceof ProviderRetryableError ? "throttled" : r.providerReference))).toEqual(["local-id-1", "local-id-2", "local-id-3", "throttled", "throttled"]);
    expect(written.map((entry) => entry.body)).toEqual(["Message 1", "Message 2", "Message 3"]);

    await expect(texts.sendSms(sms(6))).rejects.toThrow(THROTTLED_MESSAGE);
    clock.now = 1_000;
    await expect(texts.sendSms(sms(6))).resolves.toEqual({ providerReference: "local-id-6" });
  });

  it("keep a separate rate for email and for text messages, as AWS does", async () => {
    const { email: provider, sms: texts } = setup({ maxPerSecond: 1 });
    await provider.sendEmail(email);
    await expect(texts.sendSms(sms(1))).resolves.toEqual({ providerReference: "local-id-1" });
  });
});
