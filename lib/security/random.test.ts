import { describe, expect, it } from "vitest";
import { takeRandomBytes, uuidv7 } from "./random";

describe("random bytes from blocks", () => {
  it("never hands out the same bytes twice, across blocks", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) seen.add(takeRandomBytes(12).toString("hex"));
    expect(seen.size).toBe(20_000);
    expect(takeRandomBytes(100_000)).toHaveLength(100_000);
  });
});

describe("uuidv7", () => {
  it("is an RFC 9562 version 7 UUID carrying the time", () => {
    const id = uuidv7(Date.UTC(2026, 10, 28, 12, 0, 0));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 28, 12, 0, 0));
  });

  it("sorts by time and doesn't repeat", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => uuidv7(1_800_000_000_000 + Math.floor(i / 100)));
    expect(new Set(ids).size).toBe(10_000);
    const byMillisecond = ids.filter((_, i) => i % 100 === 0);
    expect([...byMillisecond].sort()).toEqual(byMillisecond);
  });
});
