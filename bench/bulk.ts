// `npm run bench:bulk`: a 100,000-row spreadsheet through the same service functions the upload
// and check pages and the worker use, on a fresh database: upload + check (what the check page
// waits for), the rows' preparation after the page, then "Send" (startJob) and the job's fan-out
// until every notification is stored and queued, as rows/s; then the same without prepared rows.
// For comparison it COPYs the same rows into a bare table in the same database.
// Environment: BENCH_ROWS (default 100000), DATABASE_URL as for tests.
// Targets on 2 cores: check ≤ 5 s; fan-out ≥ 20,000 rows/s (≥ 25% of raw COPY); < 500 MB.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Client } from "pg";
import { createTestDatabase, openTestServer } from "../testing/test-database";
import { runCommand } from "../scripts/run-command";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

/**
 * CPU milliseconds used so far by the database's server processes (Linux /proc; 0 elsewhere). On a
 * shared, busy machine wall time mostly measures the other work; CPU time measures ours.
 */
async function databaseCpuMs(client: { query: Client["query"] }): Promise<number> {
  const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database()");
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // not Linux, or the process ended
    }
  }
  return ticks * 10;
}

function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function makeCsv(): Buffer {
  const lines = ["phone number,name,day"];
  for (let i = 0; i < ROWS; i += 1) lines.push(`(202) ${String(200 + (i % 800))}-${String(i % 10_000).padStart(4, "0")},Person ${i},Tuesday`);
  return Buffer.from(lines.join("\r\n"));
}

async function rawCopy(databaseUrl: string, csv: Buffer): Promise<{ ms: number; cpuMs: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bench_copy (id uuid, phone text, name text, day text)`);
    const { from } = await import("pg-copy-streams");

    const cpuBefore = (await databaseCpuMs(client)) + processCpuMs();
    const started = performance.now();
    const stream = client.query(from(`COPY bench_copy (id, phone, name, day) FROM STDIN WITH (FORMAT csv)`));
    const text = csv.toString("utf8").split("\r\n").slice(1).map((line) => `${randomUUID()},"${line.replace(/,/g, '","')}"`).join("\n");
    await new Promise<void>((resolve, reject) => {
      stream.on("finish", () => resolve());
      stream.on("error", reject);
      stream.end(text);
    });
    const ms = performance.now() - started;
    return { ms, cpuMs: (await databaseCpuMs(client)) + processCpuMs() - cpuBefore };
  } finally {
    await client.end();
  }
}

async function main() {
  const server = await openTestServer();
  const database = await createTestDatabase(server.serverUrl, "benchbulk");
  process.env.DATABASE_URL = database.url;
  process.env.FILE_STORAGE_DIR ??= `.data/bench-files-${Date.now()}`;
  try {
    const { getDb, disconnectDb } = await import("../lib/db/client");
    const { closePool } = await import("../lib/db/pool");
    const { checkStoredUpload, startJob, uploadSpreadsheet } = await import("../lib/services/bulk/uploads");
    const { processJob } = await import("../lib/services/bulk/process-job");
    const db = getDb();
    const user = await db.user.create({ data: { name: "Bench", emailAddress: `bench-${randomUUID()}@agency.gov`, passwordHash: "x", state: "active" } });
    const service = await db.service.create({
      data: { name: `Bench ${randomUUID()}`, emailFrom: `bench.${randomUUID()}`, createdById: user.id, restricted: false, smsMessageLimit: 10_000_000, permissions: { create: [{ permission: "sms" }] }, users: { create: { userId: user.id, permissions: ["send_texts", "send_emails", "view_activity"] } } },
    });
    const content = "Hi ((name)), your appointment is on ((day)). Reply STOP to opt out.";
    const template = await db.template.create({ data: { serviceId: service.id, name: "Bench", templateType: "sms", content, createdById: user.id } });
    await db.templateHistory.create({ data: { id: template.id, version: 1, serviceId: service.id, name: "Bench", templateType: "sms", content, createdById: user.id } });
    const actor = { sessionId: randomUUID(), userId: user.id, name: "Bench", emailAddress: user.emailAddress, platformAdmin: false };
    const csv = makeCsv();

    const { getPool } = await import("../lib/db/pool");
    const cpuNow = async () => (await databaseCpuMs(getPool())) + processCpuMs();

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    /** Upload, check page, then "Send" until every notification is stored and queued. */
    async function send(prepared: boolean) {
      const t0 = performance.now();
      const { uploadId } = await uploadSpreadsheet({ actor, serviceId: service.id, templateId: template.id, fileName: "bench.csv", bytes: csv });
      let preparing: Promise<void> | null = null;
      // Only the answer is kept, as the check page keeps nothing once it has been sent.
      const valid = await checkStoredUpload({ actor, serviceId: service.id, uploadId, prepare: prepared ? (work) => (preparing = work()) : undefined }).then((c) => c.ok && c.check.isValid);
      const checkMs = performance.now() - t0;
      if (!valid) throw new Error("the benchmark file did not pass the checks");
      const p0 = performance.now();
      await preparing;
      const prepareMs = performance.now() - p0;
      const cpuBefore = await cpuNow();
      const t1 = performance.now();
      const { jobId } = await startJob({ actor, serviceId: service.id, uploadId, scheduledFor: null });
      const outcome = await processJob(jobId);
      const sendMs = performance.now() - t1;
      const sendCpuMs = (await cpuNow()) - cpuBefore;
      const stored = await db.notification.count({ where: { jobId } });
      const queued = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs j CROSS JOIN LATERAL json_array_elements_text(j.payload->'notificationIds') AS queued(id) WHERE (queued.id)::uuid IN (SELECT id FROM notifications WHERE job_id = ${jobId}::uuid)`;
      return { checkMs, prepareMs, sendMs, sendCpuMs, outcome, stored, queued: queued[0]?.n ?? 0, rate: (ROWS / sendMs) * 1000 };
    }
    const baselineRss = process.memoryUsage().rss;
    const withPrepared = await send(true);
    const peakPrepared = peakRss;
    // The second run is measured on its own, as if in fresh processes: what the first left is collected first.
    (globalThis as { gc?: () => void }).gc?.();
    peakRss = process.memoryUsage().rss;
    const withoutPrepared = await send(false);
    const peakCheckedAgain = peakRss;
    clearInterval(sampler);
    await disconnectDb();
    await closePool();
    const { ms: copyMs, cpuMs: copyCpuMs } = await rawCopy(database.url, csv);
    const copyRate = (ROWS / copyMs) * 1000;
    const line = (label: string, r: typeof withPrepared) =>
      `${label}: ${(r.sendMs / 1000).toFixed(2)} s = ${r.rate.toFixed(0)} rows/s (${r.outcome}; ${r.stored} stored, ${r.queued} queued; CPU ${(r.sendCpuMs / 1000).toFixed(2)} s)`;
    console.log(`\n${ROWS.toLocaleString("en-US")}-row spreadsheet, SMS template with 2 placeholders`);
    console.log(`upload + check (the check page's work):  ${(withPrepared.checkMs / 1000).toFixed(2)} s`);
    console.log(`preparing the rows after the check page has gone (nobody waits): ${(withPrepared.prepareMs / 1000).toFixed(2)} s`);
    console.log(line(`"Send" to all stored and queued, rows prepared`, withPrepared));
    console.log(line(`"Send" to all stored and queued, file checked again (no prepared rows: API, or rules changed)`, withoutPrepared));
    console.log(`raw COPY of the same rows into a bare table: ${(copyMs / 1000).toFixed(2)} s = ${copyRate.toFixed(0)} rows/s (CPU ${(copyCpuMs / 1000).toFixed(2)} s; its CSV text is built inside its timing too)`);
    const ratio = withPrepared.rate / copyRate;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    console.log(`fan-out / raw COPY: ${(ratio * 100).toFixed(0)}% prepared, ${((withoutPrepared.rate / copyRate) * 100).toFixed(0)}% checked again`);
    console.log(`peak memory of this process, which does the web's and the worker's work: ${mb(peakPrepared)} prepared, ${mb(peakCheckedAgain)} checked again (${mb(baselineRss)} before the first upload)`);
    const rate = withPrepared.rate;
    const peak = Math.max(peakPrepared, peakCheckedAgain);
    console.log(`Targets: check ≤ 5 s → ${withPrepared.checkMs <= 5000 ? "met" : "NOT met"}; ≥ 20,000 rows/s → ${rate >= 20_000 ? "met" : "NOT met"}; ≥ 25% of COPY → ${ratio >= 0.25 ? "met" : "NOT met"}; < 500 MB → ${peak < 500 * 1024 * 1024 ? "met" : "NOT met"}`);
  } finally {
    await database.drop().catch(() => undefined);
    await server.stop();
  }
}

runCommand(main);
