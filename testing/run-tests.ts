// `npm test`: every check, in order — typecheck, lint, unit + integration tests (vitest, against a
// fresh PostgreSQL database), then end-to-end tests (Playwright in Chromium against the built app
// and the real worker, on another fresh database). Ends with one summary line, "N passed, N failed",
// and a non-zero exit code if anything failed. `--only e2e` or `--only vitest` runs one part.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { withDatabase } from "../scripts/database";
import { findFreePort } from "../scripts/embedded-postgres";
import { buildWeb, isBuildStale, ROOT, startStack, waitForHealthy } from "../scripts/stack";
import { createTestDatabase, openTestServer } from "./test-database";
import { startLoginGovStandIn } from "./login-gov-stand-in";
import { runCommand } from "../scripts/run-command";

type Counts = { passed: number; failed: number; skipped: number };
type StepResult = { name: string; ok: boolean; counts?: Counts; note?: string };

const RESULTS_DIR = path.join(ROOT, ".data", "test-results");

function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

async function runVitest(serverUrl: string): Promise<StepResult> {
  const output = path.join(RESULTS_DIR, "vitest.json");
  rmSync(output, { force: true });
  const code = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${output}`], {
    DATABASE_URL: withDatabase(serverUrl, "postgres"),
    VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
  });
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(output);
  const counts = report
    ? { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
    : { passed: 0, failed: 1, skipped: 0 };
  return { name: "Unit and integration tests (vitest)", ok: code === 0 && counts.failed === 0 && report !== undefined, counts };
}

const E2E_ENCRYPTION_KEY = "end-to-end-tests-encryption-key-not-secret";
const E2E_SECRET_KEY = "end-to-end-tests-secret-key-not-secret-at-all";

async function runEndToEnd(serverUrl: string, specs: string[]): Promise<StepResult> {
  if (process.env.CI || isBuildStale()) {
    console.log("\n▶ Building the web app for end-to-end tests…");
    try {
      await buildWeb();
    } catch (error) {
      return { name: "End-to-end tests (Playwright)", ok: false, counts: { passed: 0, failed: 1, skipped: 0 }, note: (error as Error).message };
    }
  }
  const database = await createTestDatabase(serverUrl, "e2e");
  const port = await findFreePort();
  const logFile = path.join(RESULTS_DIR, "e2e-server.log");
  // Login.gov sign-in is tested against a local OpenID Connect provider standing in for it.
  const loginGov = await startLoginGovStandIn({ appBaseUrl: `http://127.0.0.1:${port}` });
  const stack = startStack({
    mode: "production",
    databaseUrl: database.url,
    port,
    host: "127.0.0.1",
    stdio: process.env.E2E_SERVER_OUTPUT === "inherit" ? "inherit" : "ignore",
    env: { NOTIFY_ENVIRONMENT: "test", EMAIL_PROVIDER: "local", SMS_PROVIDER: "local", STORAGE_PROVIDER: "local", LOG_LEVEL: "warn", SECRET_KEY: E2E_SECRET_KEY, ENCRYPTION_KEY: E2E_ENCRYPTION_KEY, NOTIFY_BASE_URL: `http://127.0.0.1:${port}`, ...loginGov.env },
  });
  const output = path.join(RESULTS_DIR, "playwright.json");
  rmSync(output, { force: true });
  try {
    await waitForHealthy(stack.url);
    const code = await run(bin("playwright"), ["test", "--reporter=list,json", ...specs], {
      E2E_BASE_URL: stack.url,
      E2E_DATABASE_URL: database.url,
      // Browser and API tests that set up rows directly (API keys, personalisation) encrypt with it.
      E2E_ENCRYPTION_KEY,
      // Browser tests that sign in without the pages (e2e/fixtures/accounts.ts) hash session tokens and encrypt next-auth's cookie with it.
      E2E_SECRET_KEY,
      PLAYWRIGHT_JSON_OUTPUT_NAME: output,
    });
    const report = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(output);
    const counts = report
      ? { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped }
      : { passed: 0, failed: 1, skipped: 0 };
    return { name: "End-to-end tests (Playwright)", ok: code === 0 && counts.failed === 0 && report !== undefined, counts };
  } catch (error) {
    return { name: "End-to-end tests (Playwright)", ok: false, counts: { passed: 0, failed: 1, skipped: 0 }, note: `${(error as Error).message} (server log: ${logFile})` };
  } finally {
    await stack.stop();
    await loginGov.stop();
    await database.drop().catch(() => undefined);
  }
}

async function main() {
  const onlyIndex = process.argv.indexOf("--only");
  const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
  mkdirSync(RESULTS_DIR, { recursive: true });
  const results: StepResult[] = [];

  // The database first, so a machine that can't run it says so in seconds, not after the typecheck.
  const server = await openTestServer();
  try {
    if (!only) {
      console.log("▶ Typecheck");
      results.push({ name: "Typecheck (tsc)", ok: (await run(bin("tsc"), ["--noEmit"])) === 0 });
      console.log("▶ Lint");
      results.push({ name: "Lint (eslint)", ok: (await run(bin("eslint"), ["--max-warnings", "0", "."])) === 0 });
    }
    if (!only || only === "vitest") {
      console.log("\n▶ Unit and integration tests");
      results.push(await runVitest(server.serverUrl));
    }
    if (!only || only === "e2e") {
      console.log("\n▶ End-to-end tests");
      // `npm test -- --only e2e e2e/portal/templates.spec.ts` runs just those spec files.
      results.push(await runEndToEnd(server.serverUrl, process.argv.slice(2).filter((arg) => arg.endsWith(".spec.ts"))));
    }
  } finally {
    await server.stop();
  }

  const total = results.reduce((sum, r) => ({
    passed: sum.passed + (r.counts?.passed ?? 0),
    failed: sum.failed + (r.counts?.failed ?? (r.ok ? 0 : 1)),
    skipped: sum.skipped + (r.counts?.skipped ?? 0),
  }), { passed: 0, failed: 0, skipped: 0 });

  console.log("\nSummary");
  for (const r of results) {
    const detail = r.counts ? ` – ${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped` : "";
    console.log(`  ${r.ok ? "✔" : "✘"} ${r.name}${detail}${r.note ? ` (${r.note})` : ""}`);
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

runCommand(main, { after: "\n0 passed, 1 failed" });
