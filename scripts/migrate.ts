// Applies prisma/migrations/*/migration.sql in name order, recording each in Prisma's
// `_prisma_migrations` table (same layout as `prisma migrate deploy`, so either tool can take over).
// Needs no downloaded engine. A PostgreSQL advisory lock stops two processes (web and worker
// starting together) from migrating at once; each migration runs in its own transaction.
// In production (`npm run start:web` / `start:worker`) migrateOrWait runs them once per deploy:
// instance 0's web process applies them, every other process waits until they are in.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Logger, runMigrations as runWorkerMigrations } from "graphile-worker";
import { Client } from "pg";

export const MIGRATIONS_DIR = path.resolve(__dirname, "../prisma/migrations");
const LOCK_ID = 72_707_369; // arbitrary, constant: "notify migrations"

const silentLogger = new Logger(() => () => undefined);

export type Migration = { name: string; sql: string; checksum: string };

/** The migrations in the repository, oldest first. */
export async function listMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** Applies every migration not yet applied. Returns the names applied now. Throws on a failed or edited migration. */
export async function migrateDatabase(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await listMigrations(dir);
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    const done: string[] = [];
    for (const m of migrations) {
      const previous = applied.get(m.name);
      if (previous) {
        if (!previous.finished_at) {
          throw new Error(`Migration ${m.name} failed earlier; fix the database and mark it rolled back first`);
        }
        if (previous.checksum !== m.checksum) {
          throw new Error(`Migration ${m.name} was edited after it was applied; add a new migration instead`);
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      done.push(m.name);
    }
    // The queue's own tables (graphile_worker schema), so the web app can queue jobs inside its
    // transactions before any worker has started.
    await runWorkerMigrations({ connectionString, logger: silentLogger });
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}

/** The repository's migrations not yet applied to the database (all of them on an empty database). */
export async function pendingMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await listMigrations(dir);
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const { rows: table } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
    if (!table[0]?.exists) return migrations.map((m) => m.name);
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return migrations.map((m) => m.name).filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

/** True while some process holds the migration lock (is migrating). */
async function isMigrationRunning(connectionString: string): Promise<boolean> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [LOCK_ID]);
    if (rows[0]?.locked) await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]);
    return !rows[0]?.locked;
  } finally {
    await client.end();
  }
}

export type WaitOptions = { timeoutMs?: number; intervalMs?: number; dir?: string; log?: (pending: string[]) => void };

/**
 * Polls until every migration in the repository is applied and nobody is migrating (the queue's
 * own tables come last, under the same lock). Throws after `timeoutMs` naming what is missing.
 */
export async function waitForMigrations(connectionString: string, options: WaitOptions = {}): Promise<void> {
  const { timeoutMs = 120_000, intervalMs = 1_000, dir = MIGRATIONS_DIR } = options;
  const deadline = Date.now() + timeoutMs;
  let logged = false;
  for (;;) {
    const pending = await pendingMigrations(connectionString, dir);
    if (pending.length === 0 && !(await isMigrationRunning(connectionString))) return;
    if (Date.now() >= deadline) {
      throw new Error(
        `Gave up after ${Math.round(timeoutMs / 1000)} s waiting for instance 0 to apply migrations (${pending.length ? `pending: ${pending.join(", ")}` : "a migration is still running"}); check instance 0's web log`,
      );
    }
    if (!logged) options.log?.(pending);
    logged = true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Migrations once per deploy. The web process of Cloud Foundry instance 0 (CF_INSTANCE_INDEX "0",
 * or unset outside Cloud Foundry) applies pending migrations under the advisory lock; every other
 * process (other instances, the worker) waits until they are all applied, so no instance runs new
 * code on an old schema and none race.
 */
export async function migrateOrWait(
  connectionString: string,
  options: WaitOptions & { role: "web" | "worker"; instanceIndex?: string },
): Promise<{ action: "migrated"; applied: string[] } | { action: "waited" }> {
  const index = options.instanceIndex ?? process.env.CF_INSTANCE_INDEX;
  if (options.role === "web" && (index === undefined || index === "" || index === "0")) {
    return { action: "migrated", applied: await migrateDatabase(connectionString, options.dir) };
  }
  await waitForMigrations(connectionString, options);
  return { action: "waited" };
}
