import { describe, expect, it } from "vitest";
import { formatRate, MIN_EMAILS_FOR_RATES, rateOf, reputationReasons, reputationStateOf, shouldWarn, worseState } from "./reputation";

describe("reputationStateOf", () => {
  it.each([
    [{ emailsSent: 1000, bounced: 49, complained: 0 }, "ok"],
    [{ emailsSent: 1000, bounced: 50, complained: 0 }, "warning"],
    [{ emailsSent: 1000, bounced: 99, complained: 0 }, "warning"],
    [{ emailsSent: 1000, bounced: 100, complained: 0 }, "critical"],
    [{ emailsSent: 10_000, bounced: 0, complained: 9 }, "ok"],
    [{ emailsSent: 10_000, bounced: 0, complained: 10 }, "warning"],
    [{ emailsSent: 10_000, bounced: 0, complained: 50 }, "critical"],
    [{ emailsSent: 10_000, bounced: 600, complained: 60 }, "critical"],
    [{ emailsSent: 0, bounced: 0, complained: 0 }, "ok"],
  ] as const)("%j is %s", (counts, state) => {
    expect(reputationStateOf(counts)).toBe(state);
  });

  it("stays ok below the minimum volume, except for the platform's own figures", () => {
    const counts = { emailsSent: MIN_EMAILS_FOR_RATES - 1, bounced: 20, complained: 0 };
    expect(reputationStateOf(counts)).toBe("ok");
    expect(reputationStateOf(counts, { ignoreMinimum: true })).toBe("critical");
    expect(reputationStateOf({ ...counts, emailsSent: MIN_EMAILS_FOR_RATES, bounced: 6 })).toBe("warning");
  });
});

describe("shouldWarn", () => {
  it.each([
    ["ok", "warning", true],
    ["ok", "critical", true],
    ["warning", "critical", true],
    ["ok", "ok", false],
    ["warning", "warning", false],
    ["critical", "critical", false],
    ["critical", "warning", false],
    ["warning", "ok", false],
  ] as const)("%s → %s: %s", (previous, next, expected) => {
    expect(shouldWarn(previous, next)).toBe(expected);
  });
});

describe("rates", () => {
  it("has no rate when nothing was sent", () => {
    expect(rateOf(0, 0)).toBeNull();
    expect(rateOf(1, 4)).toBe(0.25);
    expect(formatRate(null)).toBe("–");
  });

  it.each([
    [0, "0%"],
    [0.0013, "0.13%"],
    [0.05, "5.0%"],
    [0.123, "12.3%"],
  ])("formats %d as %s", (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });

  it("names the figures past a threshold", () => {
    expect(reputationReasons({ emailsSent: 1000, bounced: 60, complained: 2 })).toEqual(["bounce rate 6.0%", "complaint rate 0.20%"]);
    expect(reputationReasons({ emailsSent: 1000, bounced: 1, complained: 0 })).toEqual([]);
    expect(worseState("warning", "ok")).toBe("warning");
  });
});
