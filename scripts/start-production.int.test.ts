// The production processes (`npm run start:web` / `start:worker`, scripts/start-*.ts) in the ways a
// Cloud Foundry deploy exercises them: migrations applied once by instance 0 while every other
// process waits for them, secrets only from the environment, and a SIGTERM that arrives while a
// send is in flight (the worker finishes the send, records it, and exits 0).
import { randomUUID } from "node:crypto";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "./database";
import { migrateOrWait, pendingMigrations } from "./migrate";
import { startProductionProcess } from "./stack";
import { createTestDatabase } from "../testing/test-database";
import { addJobSql } from "../lib/jobs/queue-sql";

const serverUrl = withDatabase(process.env.DATABASE_URL!, "postgres");
const SECRET_KEY = "production-test-secret-key-0123456789abcdef";
const ENCRYPTION_KEY = "production-test-encryption-key-0123456789abc";

async function query<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function emptyDatabase(label: string) {
  const name = `notify_${label}_${randomUUID().slice(0, 8)}`;
  await createDatabaseIfMissing(serverUrl, name);
  return { url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

describe("migrations once per deploy", () => {
  let dir: string;
  beforeAll(async () => {
    // Two small migrations; the second is slow, so waiters must not start while it runs.
    dir = await mkdtemp(path.join(os.tmpdir(), "notify-migrations-"));
    for (const [name, sql] of [
      ["20260101000000_first", "CREATE TABLE gate_first (id int);"],
      ["20260101000001_slow", "SELECT pg_sleep(1.5); CREATE TABLE gate_slow (id int);"],
    ]) {
      await mkdir(path.join(dir, name!));
      await writeFile(path.join(dir, name!, "migration.sql"), sql!);
    }
  });

  it("instance 0's web process migrates; the worker and other instances wait until it is done", async () => {
    const database = await emptyDatabase("gate");
    try {
      const finished: string[] = [];
      // What a waiter saw when it went on: the slow migration's table must be there by then. (The
      // order in which the promises settle is not the point: a waiter polling every 100 ms can
      // notice the finished migrations before instance 0's own call has returned.)
      const wait = (name: string, instanceIndex: string, role: "worker" | "web") =>
        migrateOrWait(database.url, { role, instanceIndex, dir, intervalMs: 100 }).then(async (result) => {
          finished.push(name);
          const [row] = await query<{ t: string | null }>(database.url, "SELECT to_regclass('gate_slow')::text AS t");
          return { result, migrationsDone: row?.t != null };
        });
      const waitingWorker = wait("worker", "0", "worker");
      const otherInstance = wait("instance 1", "1", "web");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(finished).toEqual([]);
      const first = await migrateOrWait(database.url, { role: "web", instanceIndex: "0", dir });

      expect(first).toEqual({ action: "migrated", applied: ["20260101000000_first", "20260101000001_slow"] });
      expect(await waitingWorker).toEqual({ result: { action: "waited" }, migrationsDone: true });
      expect(await otherInstance).toEqual({ result: { action: "waited" }, migrationsDone: true });
      expect(await pendingMigrations(database.url, dir)).toEqual([]);
      const applied = await query<{ migration_name: string }>(database.url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`);
      expect(applied.map((r) => r.migration_name)).toEqual(["20260101000000_first", "20260101000001_slow"]);
      // The queue's tables came with them (the web app queues jobs before any worker has run).
      expect(await query(database.url, "SELECT 1 FROM graphile_worker.migrations LIMIT 1")).toHaveLength(1);
    } finally {
      await database.drop();
    }
  });

  it("two instances both told to migrate (CF_INSTANCE_INDEX unset and 0) apply each migration once", async () => {
    const database = await emptyDatabase("race");
    try {
      const [a, b] = await Promise.all([
        migrateOrWait(database.url, { role: "web", instanceIndex: "0", dir }),
        migrateOrWait(database.url, { role: "web", instanceIndex: "", dir }),
      ]);
      const applied = [a, b].flatMap((r) => (r.action === "migrated" ? r.applied : []));
      expect(applied.sort()).toEqual(["20260101000000_first", "20260101000001_slow"]);
      const rows = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0]?.n).toBe(2);
    } finally {
      await database.drop();
    }
  });

  it("a waiting instance gives up after its timeout with a line naming the pending migrations, and migrates nothing", async () => {
    const database = await emptyDatabase("timeout");
    try {
      await expect(migrateOrWait(database.url, { role: "web", instanceIndex: "2", dir, timeoutMs: 500, intervalMs: 100 })).rejects.toThrow(
        "Gave up after 1 s waiting for instance 0 to apply migrations (pending: 20260101000000_first, 20260101000001_slow); check instance 0's web log",
      );
      expect(await query(database.url, `SELECT to_regclass('"_prisma_migrations"') AS t`)).toEqual([{ t: null }]);
    } finally {
      await database.drop();
    }
  });
});

/** Collects a child's stdout lines. */
function collectLines(stream: NodeJS.ReadableStream | null): string[] {
  const lines: string[] = [];
  let rest = "";
  stream?.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString("utf8")).split("\n");
    rest = parts.pop() ?? "";
    lines.push(...parts.filter(Boolean));
  });
  return lines;
}

describe("npm run start:web", () => {
  it("refuses a deployed environment left on the local providers, which would publish security codes at /outbox, in one line", async () => {
    const child = startProductionProcess("web", {
      NOTIFY_ENVIRONMENT: "production",
      DATABASE_URL: withDatabase(serverUrl, "notify_never_used"),
      SECRET_KEY,
      ENCRYPTION_KEY,
      NOTIFY_BASE_URL: "https://notify.example.gov",
      VCAP_SERVICES: "",
      EMAIL_PROVIDER: "",
      SMS_PROVIDER: "",
    });
    const stderr = collectLines(child.stderr);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toEqual(["Configuration error: EMAIL_PROVIDER must be ses when NOTIFY_ENVIRONMENT is production (the local provider shows every email at /outbox)"]);
  });
});

describe("npm run start:worker", () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase(serverUrl, "sigterm");
  });
  afterAll(async () => {
    await database.drop();
  });

  it("refuses to start without its secrets, in one line", async () => {
    const child = startProductionProcess("worker", { DATABASE_URL: database.url, SECRET_KEY: "", ENCRYPTION_KEY: ENCRYPTION_KEY, VCAP_SERVICES: "" });
    const stderr = collectLines(child.stderr);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toEqual(["Configuration error: SECRET_KEY must be set (production processes read secrets only from the environment)"]);
  });

  it("on SIGTERM finishes the send in flight, records it, and exits 0", async () => {
    // A stand-in SES v2 endpoint that holds each SendEmail for 2 s: the send is in flight when SIGTERM arrives.
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    let answered = 0;
    const ses = http.createServer((req, res) => {
      req.resume();
      arrived();
      setTimeout(() => {
        answered += 1;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ MessageId: "ses-message-in-flight" }));
      }, 2_000);
    });
    await new Promise<void>((resolve) => ses.listen(0, "127.0.0.1", resolve));
    const sesUrl = `http://127.0.0.1:${(ses.address() as AddressInfo).port}`;

    const [ids] = await query<{ notification_id: string }>(
      database.url,
      `WITH u AS (INSERT INTO users (id, name, email_address, password_hash, state, updated_at) VALUES (gen_random_uuid(), 'SIGTERM test', 'sigterm-' || gen_random_uuid() || '@example.gov', 'x', 'active', now()) RETURNING id),
            s AS (INSERT INTO services (id, name, email_from, created_by_id, updated_at) SELECT gen_random_uuid(), 'SIGTERM service', 'sigterm.service', id, now() FROM u RETURNING id, created_by_id),
            t AS (INSERT INTO templates (id, service_id, name, template_type, subject, content, created_by_id, updated_at) SELECT gen_random_uuid(), id, 'Email', 'email', 'Hello', 'Body text', created_by_id, now() FROM s RETURNING id, service_id, created_by_id),
            h AS (INSERT INTO templates_history (id, version, service_id, name, template_type, subject, content, created_by_id) SELECT id, 1, service_id, 'Email', 'email', 'Hello', 'Body text', created_by_id FROM t RETURNING id),
            n AS (INSERT INTO notifications (id, service_id, notification_type, template_id, template_version, "to", normalised_to, updated_at) SELECT gen_random_uuid(), t.service_id, 'email', h.id, 1, 'resident@example.com', 'resident@example.com', now() FROM t JOIN h ON h.id = t.id RETURNING id)
       SELECT id::text AS notification_id FROM n`,
    );
    const notificationId = ids!.notification_id;
    await query(database.url, `SELECT ${addJobSql("send-email", { notificationId: "$1::text" }, { jobKey: "'send:' || $1" })}`, [notificationId]);

    const worker = startProductionProcess("worker", {
      DATABASE_URL: database.url,
      SECRET_KEY,
      ENCRYPTION_KEY,
      VCAP_SERVICES: "",
      NOTIFY_ENVIRONMENT: "test",
      LOG_LEVEL: "info",
      EMAIL_PROVIDER: "ses",
      SMS_PROVIDER: "local",
      STORAGE_PROVIDER: "local",
      AWS_REGION: "us-west-2",
      AWS_ENDPOINT_URL_SESV2: sesUrl,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_TIMEOUT_MS: "10000",
    });
    const stdout = collectLines(worker.stdout);
    const exited = new Promise<number | null>((resolve) => worker.once("exit", resolve));
    try {
      await Promise.race([requestArrived, exited.then(() => Promise.reject(new Error(`worker exited early: ${stdout.join("\n")}`)))]);
      const signalledAt = Date.now();
      worker.kill("SIGTERM");
      const code = await exited;
      const tookMs = Date.now() - signalledAt;

      expect(code).toBe(0);
      expect(answered).toBe(1);
      expect(tookMs).toBeLessThan(10_000);
      const [row] = await query<{ notification_status: string; reference: string; sent_by: string }>(
        database.url,
        `SELECT notification_status, reference, sent_by FROM notifications WHERE id = $1`,
        [notificationId],
      );
      expect(row).toEqual({ notification_status: "sending", reference: "ses-message-in-flight", sent_by: "ses" });
      // The send job completed (not released for a retry).
      expect(await query(database.url, "SELECT j.attempts, j.last_error, j.locked_by FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'send-email'"), stdout.join("\n")).toEqual([]);
      // Logs are JSON lines on stdout, stamped with the process.
      const logs = stdout.map((line) => JSON.parse(line) as { msg: string; process: string });
      expect(logs.every((l) => l.process === "worker")).toBe(true);
      expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["worker started", "shutting down worker", "notification handed to provider", "worker stopped"]));
    } finally {
      if (worker.exitCode === null) worker.kill("SIGKILL");
      await new Promise<void>((resolve) => ses.close(() => resolve()));
    }
  });
});
