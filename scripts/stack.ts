// Runs the whole system as child processes: the Next.js server and the graphile-worker process,
// both pointed at one database, each restarted if it crashes (scripts/supervisor.ts). Used by
// `npm start`, `npm run dev` and the end-to-end tests.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { superviseProcess } from "./supervisor";

export { stopChild } from "./supervisor";

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

export type RunningStack = {
  url: string;
  stop: () => Promise<void>;
  /** Settles with one line if the web server or the worker crashed too often to restart; never settles otherwise. */
  failed: Promise<string>;
};

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

/**
 * The worker's command line after `node`: node with tsx's loader in production mode (one process, so
 * a signal reaches the worker itself; the fault tests run it the same way), `tsx watch` in
 * development (which restarts it when a file changes, and after a crash waits for the next change).
 */
export function workerArgs(mode: StackOptions["mode"]): string[] {
  const entry = path.join(ROOT, "jobs", "worker.ts");
  return mode === "development" ? [TSX_CLI, "watch", "--clear-screen=false", entry] : ["--import", "tsx", entry];
}

/**
 * In development `next dev` and `tsx watch` each run the real server or worker as a child of their
 * own, which outlives them if they are killed; in a process group of their own (spawned `detached`)
 * the supervisor kills those children with them. In production mode each is one process.
 */
export function isOwnProcessGroup(mode: StackOptions["mode"]): boolean {
  return mode === "development";
}

/**
 * Starts the web server and the worker, each supervised (scripts/supervisor.ts): one that stops
 * unexpectedly is started again after a back-off while the other carries on, and `failed` settles
 * with one line if one crashes too often to restart. stop() stops both.
 */
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
  const detached = isOwnProcessGroup(options.mode);
  // Production mode runs the same web server as `npm run start:web` (the /v2 API outside Next's pipeline).
  const listen = ["--port", String(options.port), "--hostname", options.host];
  const webArgs = isDev ? [NEXT_BIN, "dev", ...listen] : options.nextOnly ? [NEXT_BIN, "start", ...listen] : ["--import", "tsx", path.join(ROOT, "scripts", "serve-web.ts")];
  const processes = [
    superviseProcess({
      name: "web server",
      start: () => spawn(process.execPath, webArgs, { cwd: ROOT, stdio, detached, env: { ...baseEnv, HOST: options.host, NOTIFY_PROCESS: "web" } }),
    }),
    ...(options.worker === false
      ? []
      : [superviseProcess({ name: "worker", start: () => spawn(process.execPath, workerArgs(options.mode), { cwd: ROOT, stdio, detached, env: { ...baseEnv, NOTIFY_PROCESS: "worker" } }) })]),
  ];
  const host = options.host === "0.0.0.0" ? "localhost" : options.host;
  return {
    url: `http://${host}:${options.port}`,
    failed: Promise.race(processes.map((supervised) => supervised.gaveUp)),
    stop: async () => {
      await Promise.all(processes.map((supervised) => supervised.stop()));
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
