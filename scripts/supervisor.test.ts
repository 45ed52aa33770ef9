// The local stack's restart rule: 1 s, 2 s, 4 s … capped at 30 s, back to 1 s after a minute up, and
// give up after 5 crashes within a minute.
import { describe, expect, it } from "vitest";
import { describeExit, formatSeconds, LOCAL_RESTART_POLICY, NO_CRASHES, planRestart, type CrashHistory } from "./supervisor";

/** Runs of `uptimesMs`, each restarted after the planned delay; the delays (null: gave up), stopping at the first null. */
function delaysFor(uptimesMs: number[], history: CrashHistory = NO_CRASHES, from = 0): (number | null)[] {
  const delays: (number | null)[] = [];
  let now = from;
  for (const uptime of uptimesMs) {
    const plan = planRestart(history, { startedAt: now, exitedAt: now + uptime });
    history = plan.history;
    delays.push(plan.restartInMs);
    if (plan.restartInMs === null) break;
    now += uptime + plan.restartInMs;
  }
  return delays;
}

describe("planRestart (LOCAL_RESTART_POLICY)", () => {
  it("doubles the wait from 1 s for a process that crashes as it starts, and gives up at the fifth crash within a minute", () => {
    expect(delaysFor([100, 100, 100, 100, 100, 100])).toEqual([1_000, 2_000, 4_000, 8_000, null]);
  });

  it("caps the wait at 30 s and keeps restarting a process whose crashes are too far apart to be a start-up loop", () => {
    expect(delaysFor(Array(9).fill(20_000))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it("starts again from 1 s, with earlier crashes forgiven, after a run that stayed up for a minute", () => {
    let history = NO_CRASHES;
    for (const at of [0, 2_000, 5_000, 10_000]) history = planRestart(history, { startedAt: at, exitedAt: at + 500 }).history;
    expect(history.inARow).toBe(4);
    const afterStayingUp = planRestart(history, { startedAt: 20_000, exitedAt: 20_000 + LOCAL_RESTART_POLICY.stableAfterMs });
    expect(afterStayingUp).toEqual({ history: { inARow: 1, crashedAt: [80_000] }, restartInMs: 1_000 });
    expect(delaysFor([100, 100, 100, 100], afterStayingUp.history, 81_000)).toEqual([2_000, 4_000, 8_000, null]);
  });

  it("counts only the crashes of the last minute towards giving up", () => {
    const history = { inARow: 4, crashedAt: [0, 1_000, 2_000, 3_000] };
    expect(planRestart(history, { startedAt: 50_000, exitedAt: 61_000 }).restartInMs).toBe(16_000);
    expect(planRestart(history, { startedAt: 50_000, exitedAt: 59_000 }).restartInMs).toBeNull();
  });
});

describe("the one-line messages' parts", () => {
  it("says how a process ended", () => {
    expect(describeExit(null, "SIGKILL")).toBe("signal SIGKILL");
    expect(describeExit(1, null)).toBe("exit code 1");
  });

  it("writes waits in seconds", () => {
    expect([1_000, 500, 30_000, 60_000].map(formatSeconds)).toEqual(["1 s", "0.5 s", "30 s", "60 s"]);
  });
});
