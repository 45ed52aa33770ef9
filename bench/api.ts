// `npm run bench:api`: how many POST /v2/notifications/sms the production build accepts per
// second over loopback, with a fresh valid JWT on every request (the worker is not running, so
// the figure is the web tier: authenticate, rate limit, validate, render, store and queue).
// Then the latency at a steady 300 requests/s, and the same loads against a bare Node HTTP server
// doing only the single-row insert, as a ratio (what the framework and the rules cost), and the
// same build served by `next start` alone (what lib/server's /v2 dispatch saves over Next's pipeline).
// Environment: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32), DATABASE_URL as for tests.
// Target on 2 cores: ≥ 1,000 accepted sends/s; p99 ≤ 50 ms at 300 req/s.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { Client } from "pg";
import { encrypt } from "../lib/security/encryption";
import { signHs256 } from "../lib/security/jwt";
import { buildWeb, isBuildStale, ROOT, startStack } from "../scripts/stack";
import { createTestDatabase, openTestServer } from "../testing/test-database";
import { findFreePort } from "../scripts/embedded-postgres";
import { runCommand } from "../scripts/run-command";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ENCRYPTION_KEY = "benchmark-encryption-key-not-a-secret-000";

type Seeded = { serviceId: string; secret: string; templateId: string };

async function seed(databaseUrl: string): Promise<Seeded> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const ids = { user: randomUUID(), service: randomUUID(), template: randomUUID() };
  const secret = randomUUID();
  try {
    await client.query(`INSERT INTO users (id, name, email_address, password_hash, state, updated_at) VALUES ($1, 'Bench', 'bench@agency.gov', 'x', 'active', now())`, [ids.user]);
    // Live, with limits high enough that only speed is measured.
    await client.query(`INSERT INTO services (id, name, email_from, created_by_id, restricted, sms_message_limit, rate_limit, updated_at) VALUES ($1, 'Bench', 'bench', $2, false, 100000000, 100000000, now())`, [ids.service, ids.user]);
    await client.query(`INSERT INTO service_permissions (service_id, permission) VALUES ($1, 'sms')`, [ids.service]);
    const content = "Hello ((name)), your appointment is on ((date)). Reply STOP to opt out.";
    await client.query(`INSERT INTO templates (id, service_id, name, template_type, content, created_by_id, updated_at) VALUES ($1, $2, 'Bench', 'sms', $3, $4, now())`, [ids.template, ids.service, content, ids.user]);
    await client.query(`INSERT INTO templates_history (id, version, service_id, name, template_type, content, created_by_id) VALUES ($1, 1, $2, 'Bench', 'sms', $3, $4)`, [ids.template, ids.service, content, ids.user]);
    await client.query(`INSERT INTO api_keys (id, service_id, name, secret, key_type, created_by_id) VALUES ($1, $2, 'bench', $3, 'normal', $4)`, [randomUUID(), ids.service, encrypt(secret, ENCRYPTION_KEY), ids.user]);
  } finally {
    await client.end();
  }
  return { serviceId: ids.service, secret, templateId: ids.template };
}

type Figures = { accepted: number; perSecond: number; p50: number; p99: number; non2xx: number; errors: number };

async function load(url: string, seeded: Seeded, options: { rate?: number; seconds: number }): Promise<Figures> {
  let n = 0;
  const result = await autocannon({
    url: `${url}/v2/notifications/sms`,
    connections: options.rate ? Math.min(CONNECTIONS, 16) : CONNECTIONS,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          n += 1;
          const token = signHs256({ iss: seeded.serviceId, iat: Math.floor(Date.now() / 1000) }, seeded.secret);
          return {
            ...request,
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify({ phone_number: `+1202555${String(1000 + (n % 9000))}`, template_id: seeded.templateId, personalisation: { name: `Person ${n}`, date: "Tuesday" }, reference: `bench-${n}` }),
          };
        },
      },
    ],
  });
  return { accepted: result["2xx"], perSecond: result["2xx"] / options.seconds, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

/**
 * The database hand-off alone, without HTTP: the same function call every accepted send makes
 * (notification + queued job + daily allowance, grouped with concurrent sends into one
 * transaction), 32 at a time for `seconds`.
 * The API can't accept sends faster than this on the same machine.
 */
async function handOffOnly(databaseUrl: string, seeded: Seeded, seconds: number): Promise<number> {
  process.env.DATABASE_URL = databaseUrl;
  const { insertNotificationGrouped } = await import("../lib/db/notification-group-commit");
  const day = new Date(new Date().toISOString().slice(0, 10));
  let count = 0;
  const end = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < end) {
      const to = `+1202555${String(1000 + (count % 9000))}`;
      const outcome = await insertNotificationGrouped(
        { serviceId: seeded.serviceId, notificationType: "sms", templateId: seeded.templateId, templateVersion: 1, to, normalisedTo: to, keyType: "normal", billableUnits: 1 },
        "send-sms",
        { dailyLimit: { key: `${seeded.serviceId}:sms`, limit: 100_000_000, day } },
      );
      if (outcome.ok) count += 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  return count / ((Date.now() - started) / 1000);
}

/** A bare Node HTTP server that inserts one notification row per POST: the floor to compare with. */
function startBareServer(databaseUrl: string, port: number, seeded: Seeded) {
  const script = `
    const http = require("node:http");
    const { Pool } = require("pg");
    const { randomUUID } = require("node:crypto");
    const pool = new Pool({ connectionString: ${JSON.stringify(databaseUrl)}, max: 10 });
    http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", async () => {
        try {
          const input = JSON.parse(body);
          const id = randomUUID();
          await pool.query('INSERT INTO notifications (id, service_id, notification_type, template_id, template_version, "to", normalised_to) VALUES ($1, $2, $3, $4, 1, $5, $5)', [id, ${JSON.stringify(seeded.serviceId)}, "sms", input.template_id, input.phone_number]);
          res.writeHead(201, { "content-type": "application/json" });
          res.end(JSON.stringify({ id }));
        } catch (e) { res.writeHead(500); res.end(String(e)); }
      });
    }).listen(${port}, "127.0.0.1", () => process.send && process.send("ready"));`;
  const child = spawn(process.execPath, ["-e", script], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ready = new Promise<void>((resolve) => child.once("message", () => resolve()));
  return { ready, stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))) };
}

async function waitForApi(url: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(`${url}/v2/openapi.json`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the web server did not start");
}

function line(label: string, f: Figures): string {
  return `${label.padEnd(34)} ${f.perSecond.toFixed(0).padStart(6)} accepted/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   (${f.accepted} accepted, ${f.non2xx} refused, ${f.errors} errors)`;
}

async function main() {
  if (isBuildStale()) {
    console.log("Building the web app…");
    await buildWeb("inherit");
  }
  const server = await openTestServer();
  const database = await createTestDatabase(server.serverUrl, "bench");
  const port = await findFreePort();
  const webTier = (nextOnly: boolean) => startStack({ mode: "production", databaseUrl: database.url, port, host: "127.0.0.1", stdio: "ignore", worker: false, nextOnly, env: { LOG_LEVEL: "warn", ENCRYPTION_KEY, NOTIFY_ENVIRONMENT: "test" } });
  let stack = webTier(false);
  try {
    const seeded = await seed(database.url);
    const measure = async () => {
      await waitForApi(stack.url);
      await load(stack.url, seeded, { seconds: 3 }); // warm-up (JIT, caches, connection pool)
      const full = await load(stack.url, seeded, { seconds: SECONDS });
      const atRate = await load(stack.url, seeded, { seconds: SECONDS, rate: 300 });
      await stack.stop();
      return { full, atRate };
    };
    const { full: notify, atRate: steady } = await measure();
    // The same build served by `next start` alone: what Notify's own server in front of Next saves.
    stack = webTier(true);
    const { full: nextOnly, atRate: nextOnlySteady } = await measure();
    const handOff = await handOffOnly(database.url, seeded, SECONDS);
    const barePort = await findFreePort();
    const bare = startBareServer(database.url, barePort, seeded);
    await bare.ready;
    await load(`http://127.0.0.1:${barePort}`, seeded, { seconds: 3 });
    const floor = await load(`http://127.0.0.1:${barePort}`, seeded, { seconds: SECONDS });
    const floorSteady = await load(`http://127.0.0.1:${barePort}`, seeded, { seconds: SECONDS, rate: 300 });
    await bare.stop();
    console.log(`\nPOST /v2/notifications/sms over loopback, ${CONNECTIONS} connections, ${SECONDS} s each, fresh JWT per request`);
    console.log(line("Notify (full API path)", notify));
    console.log(line("Notify at a steady 300 req/s", steady));
    console.log(line("next start alone (Next serves /v2)", nextOnly));
    console.log(line("next start alone at 300 req/s", nextOnlySteady));
    console.log(`${"database hand-off alone (no HTTP)".padEnd(34)} ${handOff.toFixed(0).padStart(6)} sends/s   (${CONNECTIONS} concurrent sends through the same group commit as the API)`);
    console.log(line("bare Node + one INSERT", floor));
    console.log(line("bare Node at a steady 300 req/s", floorSteady));
    console.log(`Notify / bare ratio: ${(notify.perSecond / floor.perSecond).toFixed(2)}; Notify's server / next start alone: ${(notify.perSecond / nextOnly.perSecond).toFixed(2)}`);
    console.log(`Targets: ≥ 1000 accepted/s → ${notify.perSecond >= 1000 ? "met" : "NOT met"}; p99 ≤ 50 ms at 300 req/s → ${steady.p99 <= 50 ? "met" : "NOT met"}`);
  } finally {
    await stack.stop();
    await database.drop().catch(() => undefined);
    await server.stop();
  }
}

runCommand(main);

