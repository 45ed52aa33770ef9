// `npm run bench:report`: how long a service waits for a 100,000-message report. On a throwaway
// database (DATABASE_URL's server, or an embedded PostgreSQL) it stores BENCH_ROWS (default
// 100,000) notifications for one service (texts and emails, API and spreadsheet, with references),
// starts the real worker in this process, asks for a 7-day report through the same service
// function as the page, and measures request → ready (the CSV in the file store), with peak memory.
// Target (issue #9): ≤ 5 s on 2 cores.
import { createTestDatabase, openTestServer } from "../testing/test-database";
import { runCommand } from "../scripts/run-command";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

async function main() {
  const server = await openTestServer();
  const database = await createTestDatabase(server.serverUrl, "benchreport");
  process.env.DATABASE_URL = database.url;
  process.env.NOTIFY_ENVIRONMENT = "test";
  process.env.LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? "warn";
  process.env.STORAGE_PROVIDER = "local";
  process.env.FILE_STORAGE_DIR = `.data/bench-report-${Date.now()}`;
  try {
    // Imported after the environment is set: these read it once.
    const { getDb, disconnectDb } = await import("../lib/db/client");
    const { closePool } = await import("../lib/db/pool");
    const { startWorker } = await import("../jobs/worker");
    const { releaseEnqueue } = await import("../lib/jobs/enqueue");
    const { createTestActor, createTestService, createTestTemplate } = await import("../testing/factories");
    const { requestNotificationReport } = await import("../lib/services/reports/notification-reports");
    const { getProviders } = await import("../lib/services/delivery/providers");
    const db = getDb();

    const actor = await createTestActor();
    const service = await createTestService(actor.userId);
    const sms = await createTestTemplate(service.id, actor.userId, { type: "sms", content: "Your reference is ((ref))." });
    const email = await createTestTemplate(service.id, actor.userId, { type: "email", subject: "Hello", content: "Your reference is ((ref))." });
    const job = await db.job.create({ data: { serviceId: service.id, templateId: sms.id, templateVersion: 1, originalFileName: "march-reminders.csv", notificationCount: ROWS, createdById: actor.userId } });
    // Spread over the last 6 days: a third spreadsheet texts, a third API texts with references, a third emails.
    const seedStarted = performance.now();
    await db.$executeRaw`
      INSERT INTO notifications (id, service_id, notification_type, template_id, template_version, "to", normalised_to, notification_status, client_reference, job_id, job_row_number, created_by_id, billable_units, created_at, updated_at)
      SELECT gen_random_uuid(), ${service.id}::uuid,
             CASE WHEN i % 3 = 2 THEN 'email' ELSE 'sms' END::notification_type,
             CASE WHEN i % 3 = 2 THEN ${email.id}::uuid ELSE ${sms.id}::uuid END, 1,
             CASE WHEN i % 3 = 2 THEN 'person' || i || '@example.gov' ELSE '+1202' || lpad(i::text, 7, '0') END,
             CASE WHEN i % 3 = 2 THEN 'person' || i || '@example.gov' ELSE '+1202' || lpad(i::text, 7, '0') END,
             (ARRAY['delivered', 'delivered', 'delivered', 'sending', 'permanent-failure', 'technical-failure'])[1 + i % 6]::notification_status,
             CASE WHEN i % 3 = 1 THEN 'case-' || i END,
             CASE WHEN i % 3 = 0 THEN ${job.id}::uuid END, CASE WHEN i % 3 = 0 THEN i END,
             CASE WHEN i % 3 <> 1 THEN ${actor.userId}::uuid END, 1,
             now() AT TIME ZONE 'UTC' - (i % 518400) * interval '1 second', now()
        FROM generate_series(1, ${ROWS}) AS i`;
    await db.$executeRawUnsafe("ANALYZE notifications");
    const seedMs = performance.now() - seedStarted;

    const worker = await startWorker({ pollInterval: 100 });
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const { reportId } = await requestNotificationReport({ actor, serviceId: service.id, input: { days: 7 } });
    let report = await db.notificationReport.findUniqueOrThrow({ where: { id: reportId } });
    while (report.status === "pending") {
      if (performance.now() - started > 120_000) throw new Error("the report was not ready within 2 minutes");
      await new Promise((resolve) => setTimeout(resolve, 20));
      report = await db.notificationReport.findUniqueOrThrow({ where: { id: reportId } });
    }
    const readyMs = performance.now() - started;
    clearInterval(sampler);
    if (report.status !== "ready" || !report.storageKey) throw new Error(`the report ended ${report.status}`);
    const file = await getProviders().storage.get(report.storageKey);
    await worker.stop();
    await releaseEnqueue();
    await disconnectDb();
    await closePool();

    console.log(`\n${ROWS.toLocaleString("en-US")} notifications stored in ${(seedMs / 1000).toFixed(1)} s (not measured below)`);
    console.log(`7-day report, request → ready through the worker: ${(readyMs / 1000).toFixed(2)} s`);
    console.log(`rows in the CSV: ${report.rowCount?.toLocaleString("en-US")}, file size: ${((file?.length ?? 0) / 1024 / 1024).toFixed(1)} MB`);
    console.log(`peak memory (this process: web-side request + worker): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
    console.log(`Target: ≤ 5 s → ${readyMs <= 5000 ? "met" : "NOT met"}`);
  } finally {
    await database.drop().catch(() => undefined);
    await server.stop();
    const { rm } = await import("node:fs/promises");
    await rm(process.env.FILE_STORAGE_DIR, { recursive: true, force: true });
  }
}

runCommand(main);
