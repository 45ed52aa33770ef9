// `npm start` (and `npm run dev` with --dev): checks configuration, starts the embedded PostgreSQL
// when DATABASE_URL is unset, applies migrations, builds the web app if sources changed, runs the
// web server and the worker, waits until /api/health is green and prints the address. A web server
// or worker that crashes is started again after a back-off (scripts/supervisor.ts, which says so in
// one line); one that keeps crashing at start-up stops everything with exit code 1. Ctrl-C (or
// SIGTERM, or closing the terminal) stops both processes and the embedded database, leaving nothing
// running, and so does a failure once the database is up.
import net from "node:net";
import path from "node:path";
import { Client } from "pg";
import { ConfigError, parseEnv } from "../lib/env";
import { loadDotenv } from "./load-dotenv";
import { openDatabase, type DatabaseHandle } from "./database";
import { migrateDatabase } from "./migrate";
import { printFailure, runCommand } from "./run-command";
import { buildWeb, isBuildStale, ROOT, startStack, waitForHealthy, type RunningStack } from "./stack";

const MINIMUM_NODE = [20, 19] as const;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function checkNodeVersion(): void {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor < MINIMUM_NODE[1])) {
    fail(`Notify needs Node.js ${MINIMUM_NODE.join(".")} or later; this is ${process.versions.node}. Install a newer Node.js and run npm install again.`);
  }
}

/** What a newcomer does next, once everything is healthy. */
export function nextSteps(url: string, options: { localProviders: boolean }): string {
  const lines = [`Notify is running at ${url}  (worker running; press Ctrl-C to stop)`, "", `Next: create an account at ${url}/register`];
  if (options.localProviders) lines.push(`Nothing is really sent: security codes, email links and messages appear at ${url}/outbox`);
  lines.push("To try the API, run npm run try-api in another terminal.");
  return lines.join("\n");
}

async function checkConnection(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    if (Number(rows[0]?.server_version_num) < 150000) fail("Configuration error: DATABASE_URL points at PostgreSQL older than 15; Notify needs 15 or later");
  } catch (error) {
    const host = new URL(url).host;
    fail(`Configuration error: DATABASE_URL could not connect to ${host} (${(error as Error).message})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * One line when the web server could not listen on host:port (another npm start?), said before it
 * starts rather than after it has crashed on it five times; null when the port is free.
 */
async function findPortProblem(host: string, port: number): Promise<string | null> {
  const problem = await new Promise<string | null>((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "EADDRINUSE" ? "is already in use (is Notify already running?)" : `is not available (${error.message})`));
    server.listen(port, host, () => server.close(() => resolve(null)));
  });
  return problem && `Port ${port} on ${host} ${problem}: stop what is using it, or set PORT to another port.`;
}

async function main() {
  checkNodeVersion();
  loadDotenv();
  const isDev = process.argv.includes("--dev");
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const running: { database?: DatabaseHandle; stack?: RunningStack } = {};
  let isStopping = false;
  const stopAll = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    if (running.database || running.stack) console.log("\nStopping Notify…");
    await running.stack?.stop();
    await running.database?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stopAll(0));

  // Whatever fails from here on stops what has been started (the database, the processes) first.
  try {
    if (!env.DATABASE_URL) console.log("DATABASE_URL is not set: starting the embedded PostgreSQL…");
    // Stopped by stopAll after the web server and the worker, not by the terminal's Ctrl-C under them.
    const database = await openDatabase(env.DATABASE_URL, { handleSignals: false, ownProcessGroup: true });
    running.database = database;
    if (database.dataDir) {
      const inCheckout = path.relative(ROOT, database.dataDir);
      console.log(`Embedded PostgreSQL is running (data in ${inCheckout.startsWith("..") ? database.dataDir : inCheckout}).`);
    }
    if (!database.isEmbedded) await checkConnection(database.url);
    const portProblem = await findPortProblem(env.HOST, env.PORT);
    if (portProblem) {
      console.error(portProblem);
      return stopAll(1);
    }
    const applied = await migrateDatabase(database.url);
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");

    if (!isDev && isBuildStale()) {
      console.log("Building the web app (first run, or sources changed)…");
      await buildWeb();
    }

    const stack = startStack({ mode: isDev ? "development" : "production", databaseUrl: database.url, port: env.PORT, host: env.HOST });
    running.stack = stack;
    void stack.failed.then((line) => {
      if (isStopping) return;
      console.error(`${line} Its output above says why; fix that, then run ${isDev ? "npm run dev" : "npm start"} again.`);
      void stopAll(1);
    });
    await waitForHealthy(stack.url, isDev ? 180_000 : 90_000);
    console.log(`\n${nextSteps(stack.url, { localProviders: env.EMAIL_PROVIDER === "local" || env.SMS_PROVIDER === "local" })}\n`);
  } catch (error) {
    printFailure(error);
    await stopAll(1);
  }
}

if (require.main === module) runCommand(main);
