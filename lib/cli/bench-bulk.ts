// `npm run bench:bulk`: a 100,000-row spreadsheet through the same service functions the upload
// and check pages and the worker use, on a fresh database: upload + check (what the check page
// waits for), then the job's fan-out until every notification is stored and queued, as rows/s.
// For comparison it COPYs the same rows into a bare table in the same database.
// Environment: BENCH_ROWS (default 100000), DATABASE_URL as for tests.
// Targets on 2 cores: check ≤ 5 s; fan-out ≥ 20,000 rows/s (≥ 25% of raw COPY); < 500 MB.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Client } from "pg";
import { createTestDatabase, openTestServer } from "./test-database";

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
    const { getDb, disconnectDb } = await import("../db/client");
    const { closePool } = await import("../db/pool");
    const { checkUpload, startJob, uploadSpreadsheet } = await import("../services/bulk/uploads");
    const { processJob } = await import("../services/bulk/process-job");
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

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const t0 = performance.now();
    const { uploadId } = await uploadSpreadsheet({ actor, serviceId: service.id, templateId: template.id, fileName: "bench.csv", bytes: csv });
    const check = await checkUpload({ actor, serviceId: service.id, uploadId });
    const checkMs = performance.now() - t0;
    if (!check.ok || !check.check.isValid) throw new Error("the benchmark file did not pass the checks");
    const { jobId } = await startJob({ actor, serviceId: service.id, uploadId, scheduledFor: null });
    const { getPool } = await import("../db/pool");
    const cpuBefore = (await databaseCpuMs(getPool())) + processCpuMs();
    const t1 = performance.now();
    const outcome = await processJob(jobId);
    const fanOutMs = performance.now() - t1;
    const fanOutCpuMs = (await databaseCpuMs(getPool())) + processCpuMs() - cpuBefore;
    clearInterval(sampler);
    const stored = await db.notification.count({ where: { jobId } });
    const queued = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs j CROSS JOIN LATERAL json_array_elements_text(j.payload->'notificationIds') AS queued(id)`;
    await disconnectDb();
    await closePool();
    const { ms: copyMs, cpuMs: copyCpuMs } = await rawCopy(database.url, csv);
    const rate = (ROWS / fanOutMs) * 1000;
    const copyRate = (ROWS / copyMs) * 1000;
    console.log(`\n${ROWS.toLocaleString("en-US")}-row spreadsheet, SMS template with 2 placeholders`);
    console.log(`upload + check (the check page's work):  ${(checkMs / 1000).toFixed(2)} s`);
    console.log(`fan-out (${outcome}; ${stored} stored, ${queued[0]?.n ?? 0} queued): ${(fanOutMs / 1000).toFixed(2)} s = ${rate.toFixed(0)} rows/s`);
    console.log(`raw COPY of the same rows into a bare table: ${(copyMs / 1000).toFixed(2)} s = ${copyRate.toFixed(0)} rows/s`);
    console.log(`CPU (this process + the database's): fan-out ${(fanOutCpuMs / 1000).toFixed(2)} s, raw COPY ${(copyCpuMs / 1000).toFixed(2)} s (the COPY's CSV text is built inside its timing too)`);
    console.log(`fan-out / raw COPY: ${((rate / copyRate) * 100).toFixed(0)}% by wall time, ${((copyCpuMs / fanOutCpuMs) * 100).toFixed(0)}% by CPU   peak memory (this process): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
    console.log(`Targets: check ≤ 5 s → ${checkMs <= 5000 ? "met" : "NOT met"}; ≥ 20,000 rows/s → ${rate >= 20_000 ? "met" : "NOT met"}; ≥ 25% of COPY → ${rate / copyRate >= 0.25 ? "met" : "NOT met"}; < 500 MB → ${peakRss < 500 * 1024 * 1024 ? "met" : "NOT met"}`);
  } finally {
    await database.drop().catch(() => undefined);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
