// The local stack's supervisor (scripts/supervisor.ts, used by npm start) with real processes: the
// worker, started with npm start's command line, is SIGKILLed; the supervisor says so in one line
// and starts a new one (a fresh heartbeat from a new pid) while the web server beside it keeps
// answering, and stopping leaves no process behind; npm run dev's worker likewise, with nothing left
// of the tsx watch that was killed. A process that keeps crashing at start-up is given up on with one
// line. (.ci/fresh-clone.mjs kills the worker of a real `npm start` too.)
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { Client } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startWorkerProcess } from "../testing/worker-process";
import { findFreePort } from "./embedded-postgres";
import { superviseProcess, type RestartPolicy, type SupervisedProcess } from "./supervisor";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Whether a process with this pid is running (a zombie counts as gone). */
function isRunning(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.startsWith("Z");
  } catch {
    return false;
  }
}

/** The pids of every process below `pid` (the worker's esbuild service, for one). */
function descendantsOf(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      parents.set(Number(name), Number(readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]?.split(" ")[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid !== parent) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

async function heartbeatPids(): Promise<number[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<{ pid: number }>("SELECT pid FROM worker_heartbeats")).rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

const supervised: SupervisedProcess[] = [];
afterEach(async () => {
  await Promise.all(supervised.splice(0).map((each) => each.stop()));
});

describe("the local stack's supervisor", () => {
  it("restarts a SIGKILLed worker after 1 s, saying so in one line, while the web server keeps answering; stopping leaves nothing running", async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const port = await findFreePort();
    const webServer = superviseProcess({
      name: "web server",
      start: () => spawn(process.execPath, ["-e", `require("node:http").createServer((req, res) => res.end("ok")).listen(${port}, "127.0.0.1")`], { stdio: "ignore" }),
      log,
    });
    const worker = superviseProcess({ name: "worker", start: () => startWorkerProcess(process.env.DATABASE_URL!), log });
    supervised.push(webServer, worker);

    const firstPid = worker.child!.pid!;
    await waitFor("the worker's first heartbeat", async () => ((await heartbeatPids()).includes(firstPid) ? true : undefined));
    const webPid = webServer.child!.pid!;
    let answered = 0;
    const unanswered: string[] = [];
    let isPolling = true;
    const polling = (async () => {
      while (isPolling) {
        await fetch(`http://127.0.0.1:${port}/`).then(
          (response) => (response.ok ? (answered += 1) : unanswered.push(`status ${response.status}`)),
          (error: unknown) => unanswered.push((error as Error).message),
        );
        await sleep(100);
      }
    })();

    process.kill(firstPid, "SIGKILL");
    await waitFor("the restart line", () => (lines.length ? true : undefined));
    expect(lines).toEqual(["The worker stopped unexpectedly (signal SIGKILL); restarting it in 1 s…"]);
    const secondPid = await waitFor("a new worker", () => worker.child?.pid);
    expect(secondPid).not.toBe(firstPid);
    await waitFor("the new worker's heartbeat", async () => ((await heartbeatPids()).includes(secondPid) ? true : undefined));
    expect(isRunning(firstPid)).toBe(false);

    isPolling = false;
    await polling;
    expect(unanswered).toEqual([]);
    expect(answered).toBeGreaterThan(10);
    expect(webServer.child?.pid).toBe(webPid);
    expect(webServer.crashes).toBe(0);
    expect(worker.crashes).toBe(1);

    const everything = [webPid, secondPid, ...descendantsOf(webPid), ...descendantsOf(secondPid)];
    await Promise.all([webServer.stop(), worker.stop()]);
    await sleep(200);
    expect(everything.filter(isRunning)).toEqual([]);
    expect(lines).toHaveLength(1); // stopping is not a crash
  });

  it("restarts npm run dev's worker when its tsx watch is killed, and kills the worker tsx watch left behind", async () => {
    const lines: string[] = [];
    const worker = superviseProcess({ name: "worker", start: () => startWorkerProcess(process.env.DATABASE_URL!, undefined, "development"), log: (line) => lines.push(line) });
    supervised.push(worker);
    const watchPid = worker.child!.pid!;
    const workerPid = await waitFor("the worker's heartbeat", async () => (await heartbeatPids()).find((pid) => descendantsOf(watchPid).includes(pid)));

    process.kill(watchPid, "SIGKILL");
    const newWatchPid = await waitFor("a new tsx watch", () => (worker.child?.pid === watchPid ? undefined : worker.child?.pid));
    expect(lines).toEqual(["The worker stopped unexpectedly (signal SIGKILL); restarting it in 1 s…"]);
    expect(isRunning(workerPid)).toBe(false);
    const newWorkerPid = await waitFor("the new worker's heartbeat", async () => (await heartbeatPids()).find((pid) => descendantsOf(newWatchPid).includes(pid)));

    const everything = [newWatchPid, ...descendantsOf(newWatchPid)];
    expect(everything).toContain(newWorkerPid);
    await worker.stop();
    await sleep(200);
    expect(everything.filter(isRunning)).toEqual([]);
  });

  it("gives up, in one line, on a process that keeps crashing at start-up", async () => {
    const policy: RestartPolicy = { firstDelayMs: 50, maxDelayMs: 100, stableAfterMs: 5_000, giveUpAfterCrashes: 3, giveUpWithinMs: 10_000 };
    const lines: string[] = [];
    let starts = 0;
    const crashing = superviseProcess({
      name: "worker",
      start: () => {
        starts += 1;
        return spawn(process.execPath, ["-e", "process.exit(3)"], { stdio: "ignore" });
      },
      policy,
      log: (line) => lines.push(line),
    });
    supervised.push(crashing);
    expect(await crashing.gaveUp).toBe("The worker stopped unexpectedly 3 times within 10 s (last time: exit code 3), so it is not being restarted again.");
    expect(lines).toEqual(["The worker stopped unexpectedly (exit code 3); restarting it in 0.05 s…", "The worker stopped unexpectedly (exit code 3); restarting it in 0.1 s…"]);
    await sleep(300);
    expect(starts).toBe(3);
    expect(crashing.child).toBeNull();
  });

  it("stopping while a restart is pending cancels it", async () => {
    const lines: string[] = [];
    let starts = 0;
    const idle = superviseProcess({
      name: "web server",
      start: () => {
        starts += 1;
        return spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
      },
      log: (line) => lines.push(line),
    });
    supervised.push(idle);
    await sleep(200);
    idle.child!.kill("SIGKILL");
    await waitFor("the restart line", () => (lines.length ? true : undefined));
    await idle.stop();
    await sleep(1_300);
    expect(starts).toBe(1);
    expect(idle.child).toBeNull();
    expect(lines).toEqual(["The web server stopped unexpectedly (signal SIGKILL); restarting it in 1 s…"]);
  });
});
