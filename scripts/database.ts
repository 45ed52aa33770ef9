// Which PostgreSQL the command-line tools use: DATABASE_URL when set (any PostgreSQL 15+), otherwise
// the embedded one started here. Also creates and drops throwaway databases for tests.
import { Client } from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgresOptions } from "./embedded-postgres";

/** `dataDir` is where the embedded server keeps its data (undefined for DATABASE_URL). */
export type DatabaseHandle = { url: string; isEmbedded: boolean; dataDir?: string; stop: () => Promise<void> };

const LOCAL_DB_NAME = "notify";

/** Replaces the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * The database for `npm start`, `npm run dev` and the db:* commands. With DATABASE_URL unset it starts
 * the embedded server (data in .data/dev, see embedded-postgres.ts) and a database called "notify".
 */
export async function openDatabase(
  databaseUrl: string | undefined,
  options: Pick<EmbeddedPostgresOptions, "log" | "handleSignals" | "ownProcessGroup"> = {},
): Promise<DatabaseHandle> {
  if (databaseUrl) return { url: databaseUrl, isEmbedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres("dev", options);
  await createDatabaseIfMissing(server.url("postgres"), LOCAL_DB_NAME);
  return { url: server.url(LOCAL_DB_NAME), isEmbedded: true, dataDir: server.dataDir, stop: server.stop };
}
