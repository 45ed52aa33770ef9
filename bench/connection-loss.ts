// `npm run bench:connection-loss`: the database connections are cut (pg_terminate_backend on every
// connection to the app's database) several times while the worker fans out a spreadsheet job and
// delivers it and while API sends are being stored (group commit), with no restart by hand.
// Afterwards every accepted message must be delivered, each handed to the provider exactly once
// (the local provider counts hand-overs: local_outbox.hand_overs), and /api/health must have
// reported the worker unhealthy whenever it held jobs without progress.
// Environment: LOSS_JOB_ROWS (default 20,000), LOSS_API_SENDS (default 2,000), LOSS_CUTS (default 4),
// DATABASE_URL as for tests.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { superviseProcess, type RestartPolicy } from "../scripts/supervisor";
import { startWorkerProcess } from "../testing/worker-process";
import { createTestDatabase, openTestServer } from "../testing/test-database";
import { runCommand } from "../scripts/run-command";

export type ConnectionLossResult = {
  jobRows: number;
  apiAccepted: number;
  apiFailed: number;
  cuts: number;
  connectionsCut: number;
  delivered: number;
  expected: number;
  handedOverOnce: number;
  handedOverTwiceOrMore: number;
  neverHandedOver: number;
  workerExits: number;
  /** Longest stretch without a delivery while messages were still waiting, and whether health was red in it. */
  longestStallSeconds: number;
  healthRedDuringStall: boolean;
  seconds: number;
};

/** A valid, distinct US number for each i (exchanges 200–999, never the simulated 555-01xx). */
const phone = (area: number, i: number) => `+1${area}${200 + Math.floor(i / 10_000)}${String(i % 10_000).padStart(4, "0")}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Restart a worker that exits after half a second, every time, as Cloud Foundry (and npm start) would. */
const RESTART_AT_ONCE: RestartPolicy = { firstDelayMs: 500, maxDelayMs: 500, stableAfterMs: 0, giveUpAfterCrashes: Infinity, giveUpWithinMs: 0 };

/** Terminates every other connection to the database (the app's pools, the worker's, LISTEN ones). */
async function cutConnections(serverUrl: string, databaseName: string): Promise<number> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [databaseName],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await admin.end();
  }
}

export async function runConnectionLossTest(options: { serverUrl: string; databaseName: string; jobRows: number; apiSends: number; cuts: number; log?: (line: string) => void }): Promise<ConnectionLossResult> {
  const { serverUrl, databaseName, jobRows, apiSends, cuts, log = () => undefined } = options;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL must be set");
  const { getDb } = await import("../lib/db/client");
  const { encrypt } = await import("../lib/security/encryption");
  const { getEnv } = await import("../lib/env");
  const { createTestActor, createTestService, createTestTemplate } = await import("../testing/factories");
  const { uploadSpreadsheet, checkStoredUpload, startJob } = await import("../lib/services/bulk/uploads");
  const { sendApiNotification } = await import("../lib/services/notifications/send-api-notification");
  const { getHealth } = await import("../lib/services/operations/get-health");
  const { isConnectionLoss } = await import("../lib/db/connection-loss");
  const db = getDb();

  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  await db.service.update({ where: { id: service.id }, data: { restricted: false, smsMessageLimit: 10_000_000, rateLimit: 100_000_000 } });
  const template = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Your reference is ((ref))." });
  const apiKey = await db.apiKey.create({ data: { serviceId: service.id, name: "loss", secretEncrypted: encrypt(randomUUID(), getEnv().ENCRYPTION_KEY), keyType: "normal", createdById: owner.userId }, select: { id: true } });
  const caller = { serviceId: service.id, serviceName: service.name, apiKeyId: apiKey.id, keyType: "normal" as const, rateLimit: 100_000_000 };

  const lines = ["phone number,ref"];
  for (let i = 0; i < jobRows; i += 1) lines.push(`${phone(202, i)},J${i}`);
  const { uploadId } = await uploadSpreadsheet({ actor: owner, serviceId: service.id, templateId: template.id, fileName: "loss.csv", bytes: new TextEncoder().encode(lines.join("\n")) });
  const check = await checkStoredUpload({ actor: owner, serviceId: service.id, uploadId });
  if (!check.ok) throw new Error("the generated spreadsheet did not pass its check");

  const started = performance.now();
  const worker = superviseProcess({ name: "worker", start: () => startWorkerProcess(databaseUrl, process.env.LOSS_WORKER_LOG), policy: RESTART_AT_ONCE, log });
  try {
    const { jobId } = await startJob({ actor: owner, serviceId: service.id, uploadId, scheduledFor: null });

    // The API burst: 32 concurrent senders until apiSends attempts are made.
    const accepted: string[] = [];
    let apiFailed = 0;
    let attempts = 0;
    const sender = async () => {
      while (attempts < apiSends) {
        const n = (attempts += 1);
        try {
          const result = await sendApiNotification({ caller, channel: "sms", body: { phone_number: phone(303, n), template_id: template.id, personalisation: { ref: `A${n}` } } });
          accepted.push((result.body as { id: string }).id);
        } catch {
          apiFailed += 1; // a client would retry; nothing was promised
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 32 }, sender));

    // The cuts, spread over the fan-out, the deliveries and the burst.
    let connectionsCut = 0;
    for (let i = 0; i < cuts; i += 1) {
      await sleep(i === 0 ? 300 : Number(process.env.LOSS_CUT_EVERY_MS ?? 1_500));
      const n = await cutConnections(serverUrl, databaseName);
      connectionsCut += n;
      log(`cut ${n} connections`);
    }
    await burst;
    log(`API: ${accepted.length} accepted, ${apiFailed} failed while connections were cut`);

    const delivered = async () => {
      const [row] = await db.$queryRaw<{ job: number; api: number }[]>`
        SELECT count(*) FILTER (WHERE job_id = ${jobId}::uuid)::int AS job, count(*) FILTER (WHERE id = ANY(${accepted}::uuid[]))::int AS api
          FROM notifications WHERE service_id = ${service.id}::uuid AND notification_status = 'delivered'`;
      return (row?.job ?? 0) + (row?.api ?? 0);
    };
    const expected = jobRows + accepted.length;
    let last = -1;
    let lastProgress = performance.now();
    let longestStall = 0;
    let lastReport = performance.now();
    let healthRedDuringStall = false;
    const deadline = performance.now() + Number(process.env.LOSS_TIMEOUT_SECONDS ?? 180) * 1000;
    for (;;) {
      let done = last;
      try {
        done = await delivered();
      } catch (error) {
        if (!isConnectionLoss(error)) throw error; // our own connection was cut: count again
      }
      const now = performance.now();
      if (done !== last) {
        if (now - lastReport > 5_000) {
          lastReport = now;
          log(`  ${done}/${expected} delivered`);
        }
        last = done;
        lastProgress = now;
      } else {
        const stall = (now - lastProgress) / 1000;
        longestStall = Math.max(longestStall, stall);
        if (stall > 20) {
          const health = await getHealth().catch(() => null);
          if (health && health.status !== "ok") healthRedDuringStall = true;
        }
      }
      if (done >= expected || now > deadline) break;
      await sleep(250);
    }
    const statuses = await db.$queryRaw<{ status: string; n: number }[]>`SELECT notification_status::text AS status, count(*)::int AS n FROM notifications WHERE service_id = ${service.id}::uuid GROUP BY 1`;
    log(`statuses: ${statuses.map((row) => `${row.status} ${row.n}`).join(", ")}`);
    const [counts] = await db.$queryRaw<{ once: number; twice: number; never: number }[]>`
      SELECT count(*) FILTER (WHERE o.hand_overs = 1)::int AS once, count(*) FILTER (WHERE o.hand_overs > 1)::int AS twice, count(*) FILTER (WHERE o.hand_overs IS NULL)::int AS never
        FROM notifications n LEFT JOIN local_outbox o ON o.provider_reference = 'local-' || n.id::text
       WHERE n.service_id = ${service.id}::uuid AND (n.job_id = ${jobId}::uuid OR n.id = ANY(${accepted}::uuid[]))`;
    return {
      jobRows,
      apiAccepted: accepted.length,
      apiFailed,
      cuts,
      connectionsCut,
      delivered: last,
      expected,
      handedOverOnce: counts?.once ?? 0,
      handedOverTwiceOrMore: counts?.twice ?? 0,
      neverHandedOver: counts?.never ?? 0,
      workerExits: worker.crashes,
      longestStallSeconds: Number(longestStall.toFixed(1)),
      healthRedDuringStall,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    };
  } finally {
    await worker.stop();
  }
}

async function main() {
  const server = await openTestServer();
  const database = await createTestDatabase(server.serverUrl, "loss");
  Object.assign(process.env, { DATABASE_URL: database.url, NOTIFY_ENVIRONMENT: "test", LOG_LEVEL: "warn", SMS_PROVIDER: "local", EMAIL_PROVIDER: "local", STORAGE_PROVIDER: "local" });
  try {
    const result = await runConnectionLossTest({
      serverUrl: server.serverUrl,
      databaseName: new URL(database.url).pathname.slice(1),
      jobRows: Number(process.env.LOSS_JOB_ROWS ?? 20_000),
      apiSends: Number(process.env.LOSS_API_SENDS ?? 2_000),
      cuts: Number(process.env.LOSS_CUTS ?? 4),
      log: (line) => console.error(line),
    });
    console.log(JSON.stringify(result, null, 2));
    const exactlyOnce = result.delivered === result.expected && result.handedOverOnce === result.expected && result.handedOverTwiceOrMore === 0;
    const noStuck = result.workerExits === 0 || result.delivered === result.expected;
    console.log(`every accepted message delivered exactly once → ${exactlyOnce ? "met" : "NOT met"}; recovered without a restart by hand → ${noStuck ? "met" : "NOT met"}`);
    process.exitCode = exactlyOnce ? 0 : 1;
  } finally {
    const { disconnectDb } = await import("../lib/db/client");
    const { closePool } = await import("../lib/db/pool");
    const { releaseEnqueue } = await import("../lib/jobs/enqueue");
    await releaseEnqueue().catch(() => undefined);
    await closePool().catch(() => undefined);
    await disconnectDb().catch(() => undefined);
    await database.drop().catch(() => undefined);
    await server.stop();
  }
}

if (require.main === module) runCommand(main);
