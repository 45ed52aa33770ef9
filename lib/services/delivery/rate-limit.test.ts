import { describe, expect, it } from "vitest";
import { acquireSendSlot, waitForSlot } from "./rate-limit";

/** An in-memory bucket with the same arithmetic as the SQL one, on a fake clock. */
function memoryBucket(clock: { now: number }) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (key: string, cost: number, rate: number, capacity: number) => {
    const bucket = buckets.get(key) ?? { tokens: capacity, at: clock.now };
    const tokens = Math.min(capacity, bucket.tokens + ((clock.now - bucket.at) / 1000) * rate) - cost;
    buckets.set(key, { tokens, at: clock.now });
    return tokens;
  };
}

describe("acquireSendSlot", () => {
  it("sends at once while the bucket has tokens, then waits, then defers to a reserved slot", async () => {
    const clock = { now: 0 };
    const slept: number[] = [];
    const options = { reserve: memoryBucket(clock), sleep: async (ms: number) => void slept.push(ms), now: () => clock.now };
    const limit = { key: "sms:+18445550100", ratePerSecond: 3 };

    const decisions = [];
    for (let i = 0; i < 8; i++) decisions.push(await acquireSendSlot(limit, 1, options));

    expect(decisions.slice(0, 3)).toEqual(Array(3).fill({ action: "send", waitedMs: 0 }));
    expect(decisions.slice(3, 6)).toEqual([334, 667, 1000].map((ms) => ({ action: "send", waitedMs: ms })));
    expect(decisions[6]).toEqual({ action: "defer", notBefore: new Date(1334) });
    expect(decisions[7]).toEqual({ action: "defer", notBefore: new Date(1667) });
  });

  it("charges one token per SMS part", async () => {
    const clock = { now: 0 };
    const options = { reserve: memoryBucket(clock), sleep: async () => undefined, now: () => clock.now };
    const limit = { key: "sms:short-code", ratePerSecond: 100 };
    expect(await acquireSendSlot(limit, 60, options)).toEqual({ action: "send", waitedMs: 0 });
    expect(await acquireSendSlot(limit, 60, options)).toEqual({ action: "send", waitedMs: 200 });
  });
});

describe("acquireSendSlot in the bulk lane", () => {
  it("books no slot more than a second ahead: it is told when to try again, and a priority send takes the next slot", async () => {
    const clock = { now: 0 };
    const reserve = memoryBucket(clock);
    // Taking nothing is a look at the balance.
    const peek = (key: string, rate: number, capacity: number) => reserve(key, 0, rate, capacity);
    const options = { reserve, peek, sleep: async () => undefined, now: () => clock.now };
    const limit = { key: "sms:toll-free", ratePerSecond: 3 };
    const bulk = [];
    for (let i = 0; i < 8; i++) bulk.push(await acquireSendSlot(limit, 1, { ...options, lane: "bulk" }));
    // 3 at once, 3 within the next second, then no more bookings: try again when one second is left.
    expect(bulk.filter((d) => d.action === "send")).toHaveLength(6);
    expect(bulk[6]).toEqual({ action: "later", retryAt: new Date(334) });
    expect(bulk[7]).toEqual({ action: "later", retryAt: new Date(334) });
    // A priority send books the next slot after the bulk lane's, not after every waiting bulk message.
    expect(await acquireSendSlot(limit, 1, { ...options, lane: "priority" })).toEqual({ action: "defer", notBefore: new Date(1334) });
  });
});

describe("waitForSlot", () => {
  it("waits only for what remains of the slot", async () => {
    const slept: number[] = [];
    await waitForSlot(new Date(1500), { now: () => 1000, sleep: async (ms) => void slept.push(ms) });
    await waitForSlot(new Date(500), { now: () => 1000, sleep: async (ms) => void slept.push(ms) });
    expect(slept).toEqual([500]);
  });
});
