// Keeps a local child process running: when it stops without being asked to (a crash, SIGKILL, out
// of memory), says so in one line and starts it again after a back-off, leaving the other processes
// alone. Used by the local stack (scripts/stack.ts: npm start, npm run dev, npm test's end-to-end
// stack) and the connection-loss benchmark. Production processes are not supervised here: each is
// one process per instance and Cloud Foundry restarts it. Change the timings in LOCAL_RESTART_POLICY.
import type { ChildProcess } from "node:child_process";

export type RestartPolicy = {
  /** The wait before the first restart; it doubles with each crash in a row. */
  firstDelayMs: number;
  /** The longest wait between restarts. */
  maxDelayMs: number;
  /** A run at least this long stayed up: the next crash waits firstDelayMs again. */
  stableAfterMs: number;
  /** Give up when this many crashes fall within giveUpWithinMs (a crash loop at start-up). */
  giveUpAfterCrashes: number;
  giveUpWithinMs: number;
};

/** 1 s, 2 s, 4 s … up to 30 s; back to 1 s after a minute up; 5 crashes within a minute stop the stack. */
export const LOCAL_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  stableAfterMs: 60_000,
  giveUpAfterCrashes: 5,
  giveUpWithinMs: 60_000,
};

/** Crashes since the process last stayed up: how many in a row, and when the recent ones happened. */
export type CrashHistory = { readonly inARow: number; readonly crashedAt: readonly number[] };

export const NO_CRASHES: CrashHistory = { inARow: 0, crashedAt: [] };

/**
 * What to do after a run (from `startedAt` to `exitedAt`, both ms) ended in a crash: the updated
 * history, and how long to wait before starting the process again, or null to give up.
 */
export function planRestart(history: CrashHistory, run: { startedAt: number; exitedAt: number }, policy: RestartPolicy = LOCAL_RESTART_POLICY): { history: CrashHistory; restartInMs: number | null } {
  const stayedUp = run.exitedAt - run.startedAt >= policy.stableAfterMs;
  const previous = stayedUp ? NO_CRASHES : history;
  const inARow = previous.inARow + 1;
  const crashedAt = [...previous.crashedAt, run.exitedAt].filter((at) => at > run.exitedAt - policy.giveUpWithinMs);
  const next = { inARow, crashedAt };
  if (crashedAt.length >= policy.giveUpAfterCrashes) return { history: next, restartInMs: null };
  return { history: next, restartInMs: Math.min(policy.firstDelayMs * 2 ** (inARow - 1), policy.maxDelayMs) };
}

/** "signal SIGKILL" or "exit code 1": how a process ended, for the one-line messages. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/** "1 s", "0.5 s", "30 s". */
export function formatSeconds(ms: number): string {
  return `${ms / 1000} s`;
}

/** SIGTERM, then SIGKILL after `timeoutMs` (Cloud Foundry's 10 s); resolves when the child has exited. */
export function stopChild(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Kills whatever is left of the process group `pid` leads: the children of a process spawned with
 * `detached` (next dev's server, tsx watch's worker) that outlive it. Does nothing when it leads none.
 */
function killLeftovers(pid: number | undefined): void {
  if (pid === undefined || process.platform === "win32") return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // No such process group: nothing was left.
  }
}

export type SupervisedProcess = {
  /** The process running now; null while waiting to restart it, after giving up, and after stop(). */
  readonly child: ChildProcess | null;
  /** How many times it stopped without being asked to. */
  readonly crashes: number;
  /** Settles, with one line saying so, if it crashed too often to restart; never settles otherwise. */
  readonly gaveUp: Promise<string>;
  /** Stops it (SIGTERM, then SIGKILL after 10 s) and any pending restart; resolves when it has exited. */
  stop: () => Promise<void>;
};

/**
 * Starts `start()` now, and again whenever its process exits without stop() having been called,
 * after the policy's back-off, printing "The <name> stopped unexpectedly (signal SIGKILL);
 * restarting it in 1 s…" through `log` each time. When `start()` spawns its process `detached` (its
 * own process group), whatever that process leaves running when it exits is killed with it.
 */
export function superviseProcess(options: { name: string; start: () => ChildProcess; policy?: RestartPolicy; log?: (line: string) => void }): SupervisedProcess {
  const { name, start, policy = LOCAL_RESTART_POLICY, log = (line) => console.error(line) } = options;
  let child: ChildProcess | null = null;
  let history = NO_CRASHES;
  let crashes = 0;
  let isStopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let giveUp: (line: string) => void = () => undefined;
  const gaveUp = new Promise<string>((resolve) => (giveUp = resolve));

  const run = () => {
    const startedAt = Date.now();
    const current = start();
    child = current;
    let hasEnded = false;
    const ended = (how: string) => {
      if (hasEnded || isStopping) return;
      hasEnded = true;
      child = null;
      crashes += 1;
      const plan = planRestart(history, { startedAt, exitedAt: Date.now() }, policy);
      history = plan.history;
      if (plan.restartInMs === null) {
        giveUp(`The ${name} stopped unexpectedly ${history.crashedAt.length} times within ${formatSeconds(policy.giveUpWithinMs)} (last time: ${how}), so it is not being restarted again.`);
        return;
      }
      log(`The ${name} stopped unexpectedly (${how}); restarting it in ${formatSeconds(plan.restartInMs)}…`);
      restartTimer = setTimeout(run, plan.restartInMs);
    };
    current.once("exit", (code, signal) => {
      killLeftovers(current.pid);
      ended(describeExit(code, signal));
    });
    // A process that could not be started at all emits only "error".
    current.on("error", (error) => {
      if (current.pid === undefined) ended(`it could not be started: ${error.message}`);
    });
  };
  run();

  return {
    get child() {
      return child;
    },
    get crashes() {
      return crashes;
    },
    gaveUp,
    stop: async () => {
      isStopping = true;
      clearTimeout(restartTimer);
      if (child) await stopChild(child);
      child = null;
    },
  };
}
