// Runs the whole system as child processes: the Next.js server and the graphile-worker process,
// both pointed at one database. Used by `npm start`, `npm run dev` and the end-to-end tests.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

export type StackOptions = {
  mode: "production" | "development";
  databaseUrl: string;
  port: number;
  host: string;
  env?: Record<string, string | undefined>;
  /** Where child output goes (default: inherit this terminal). */
  stdio?: "inherit" | "pipe" | "ignore";
  /** Start the worker too (default true; benchmarks of the web tier leave it off). */
  worker?: boolean;
  /** Production only: serve everything, /v2 too, with `next start` instead of Notify's web server (bench:api compares them). */
  nextOnly?: boolean;
};

export type RunningStack = { url: string; stop: () => Promise<void>; exited: Promise<{ name: string; code: number | null }> };

function newestMtime(dir: string, skip: Set<string>): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name) || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, skip));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when .next is missing or older than any source file that goes into the web build. */
export function isBuildStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const skip = new Set(["node_modules", "e2e", "terraform", "generated"]);
  const sources = ["app", "components", "lib", "public"].map((d) => path.join(ROOT, d)).filter(existsSync);
  const files = ["next.config.js", "proxy.ts", "package-lock.json", "tsconfig.json"].map((f) => path.join(ROOT, f)).filter(existsSync);
  const newest = Math.max(...sources.map((d) => newestMtime(d, skip)), ...files.map((f) => statSync(f).mtimeMs));
  return newest > built;
}

/** Runs `next build`; resolves when done, rejects with the exit code on failure. */
export function buildWeb(stdio: "inherit" | "pipe" | "ignore" = "inherit"): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      stdio,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit code ${code})`))));
  });
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

export function startStack(options: StackOptions): RunningStack {
  const isDev = options.mode === "development";
  const baseEnv = {
    ...process.env,
    ...options.env,
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    NODE_ENV: options.mode,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const stdio = options.stdio ?? "inherit";
  // Production mode runs the same web server as `npm run start:web` (the /v2 API outside Next's pipeline).
  const listen = ["--port", String(options.port), "--hostname", options.host];
  const webArgs = isDev ? [NEXT_BIN, "dev", ...listen] : options.nextOnly ? [NEXT_BIN, "start", ...listen] : ["--import", "tsx", path.join(ROOT, "scripts", "serve-web.ts")];
  const web = spawn(
    process.execPath,
    webArgs,
    { cwd: ROOT, stdio, env: { ...baseEnv, HOST: options.host, NOTIFY_PROCESS: "web" } },
  );
  const spawnWorker = () =>
    spawn(process.execPath, [TSX_CLI, ...(isDev ? ["watch", "--clear-screen=false"] : []), path.join(ROOT, "jobs", "worker.ts")], {
      cwd: ROOT,
      stdio,
      env: { ...baseEnv, NOTIFY_PROCESS: "worker" },
    });
  let worker = options.worker === false ? null : spawnWorker();
  let stopping = false;
  const exited = new Promise<{ name: string; code: number | null }>((resolve) => {
    web.once("exit", (code) => resolve({ name: "web server", code }));
    // A worker that exits (it gives up when it cannot get back to the database) is started again,
    // as the platform would, unless it keeps failing: 5 exits within a minute stop the stack.
    const recentExits: number[] = [];
    const watchWorker = (child: ChildProcess) =>
      child.once("exit", (code) => {
        if (stopping) return;
        const now = Date.now();
        recentExits.push(now);
        while (recentExits.length && recentExits[0]! < now - 60_000) recentExits.shift();
        if (recentExits.length >= 5) return resolve({ name: "worker", code });
        console.error(`The worker stopped (exit code ${code}); starting it again.`);
        setTimeout(() => {
          if (stopping) return;
          worker = spawnWorker();
          watchWorker(worker);
        }, 1_000);
      });
    if (worker) watchWorker(worker);
  });
  const host = options.host === "0.0.0.0" ? "localhost" : options.host;
  return {
    url: `http://${host}:${options.port}`,
    exited,
    stop: async () => {
      stopping = true;
      await Promise.all([stopChild(web), ...(worker ? [stopChild(worker)] : [])]);
    },
  };
}

/** Polls /api/health until both database and worker report ok, or the timeout passes. */
export async function waitForHealthy(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
      last = await response.text();
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`Notify did not become healthy at ${url} within ${timeoutMs / 1000}s (last answer: ${last})`);
}

/**
 * Starts one production process the way Cloud Foundry does (manifest.yml: `npm run start:web`,
 * `npm run start:worker`), with `env` on top of this process's environment. Output is piped by
 * default so tests can read the JSON log lines.
 */
export function startProductionProcess(name: "web" | "worker", env: Record<string, string | undefined>, stdio: "pipe" | "inherit" | "ignore" = "pipe"): ChildProcess {
  return spawn("npm", ["run", "--silent", `start:${name}`], { cwd: ROOT, stdio, env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env, NOTIFY_PROCESS: name } });
}
