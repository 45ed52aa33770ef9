// bench:latency's verdicts: each target is judged on the lanes run (the median over BENCH_RUNS),
// against the no-lanes run for throughput, and a second job never handed over is "NOT met".
import { describe, expect, it } from "vitest";
import { optionsFromEnv, report, type LaneFigures, type ModeFigures } from "./latency";

const lane = (p99: number): LaneFigures => ({ count: 100, unsent: 0, p50: p99 / 2, p99, max: p99 + 10 });

function figures(mode: ModeFigures["mode"], overrides: Partial<ModeFigures> = {}): ModeFigures {
  return {
    mode,
    loadAtStart: [1, 1, 1],
    priority: lane(500),
    normal: lane(2_000),
    bulk: lane(20_000),
    secondFirstMs: 1_500,
    secondDoneMs: 30_000,
    bulkHandedOver: 200_000,
    bulkExpected: 200_000,
    bulkPerSecond: 5_000,
    allPerSecond: 5_100,
    deliverySeconds: 40,
    drained: true,
    jobPostMs: [500, 800],
    api: { sent: 1_000, refused: 0, p99: 50 },
    ...overrides,
  };
}

const options = optionsFromEnv({});
const verdict = (lines: string[], target: string) => lines.find((line) => line.includes(target))?.split("→ ")[1];

describe("bench:latency report", () => {
  it("says met when the lanes run meets every target", () => {
    const lines = report([figures("lanes"), figures("off", { priority: lane(16_000), bulkPerSecond: 5_200, allPerSecond: 5_300 })], options);
    expect(verdict(lines, "priority p99 ≤ 1 s")).toBe("met");
    expect(verdict(lines, "normal p99 ≤ 10 s")).toBe("met");
    expect(verdict(lines, "second service's first message")).toBe("met");
    expect(verdict(lines, "whole run's throughput ≥ 0.9")).toBe("met");
    expect(lines.join("\n")).toContain("lanes / no lanes: whole run 0.96; bulk messages only 0.96");
  });

  it("says NOT met for a slow lane, a second job never handed over, or lost throughput", () => {
    const lines = report([figures("lanes", { priority: lane(1_200), secondFirstMs: null, bulkPerSecond: 4_000, allPerSecond: 4_000 }), figures("off")], options);
    expect(verdict(lines, "priority p99 ≤ 1 s")).toBe("NOT met");
    expect(verdict(lines, "second service's first message")).toBe("NOT met");
    expect(verdict(lines, "whole run's throughput ≥ 0.9")).toBe("NOT met");
    expect(verdict(lines, "normal p99 ≤ 10 s")).toBe("met");
  });

  it("judges several runs on their median and counts the runs that met each target", () => {
    const runs = [figures("lanes", { priority: lane(900) }), figures("off"), figures("lanes", { priority: lane(1_500) }), figures("off"), figures("lanes", { priority: lane(800) }), figures("off")];
    const lines = report(runs, options);
    expect(verdict(lines, "priority p99 ≤ 1 s")).toBe("met (met in 2 of 3 runs)");
    expect(lines.find((line) => line.startsWith("priority accept"))).toContain("0.80 – 1.50");
  });

  it("reads its options from the environment, with the issue's defaults", () => {
    expect(options).toMatchObject({ rows: 100_000, secondJobDelayMs: 3_000, providerLatencyMs: 50, providerMaxPerSecond: null, priorityPerSecond: 5, normalPerSecond: 20 });
    expect(optionsFromEnv({ BENCH_ROWS: "5000", BENCH_PROVIDER_MAX_PER_SECOND: "100" })).toMatchObject({ rows: 5_000, providerMaxPerSecond: 100 });
    expect(() => optionsFromEnv({ BENCH_ROWS: "lots" })).toThrow("BENCH_ROWS must be a number");
  });
});
