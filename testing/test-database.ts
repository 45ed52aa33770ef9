// Throwaway databases for the test suites: every run gets a fresh, migrated database on the test
// server (DATABASE_URL's server, or an embedded one) and drops it afterwards. Refuses any server
// that isn't on this machine, so a test run can never touch a shared database.
import { randomBytes } from "node:crypto";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "../scripts/database";
import { startEmbeddedPostgres } from "../scripts/embedded-postgres";
import { migrateDatabase } from "../scripts/migrate";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run tests against ${host}: DATABASE_URL must point at this machine (localhost)`);
  }
}

export type TestServer = { serverUrl: string; stop: () => Promise<void> };

/** The PostgreSQL server tests use: DATABASE_URL's server if set, else an embedded one (data in .data/test). */
export async function openTestServer(databaseUrl = process.env.DATABASE_URL): Promise<TestServer> {
  if (databaseUrl) {
    assertLocalDatabase(databaseUrl);
    return { serverUrl: withDatabase(databaseUrl, "postgres"), stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres("test");
  return { serverUrl: embedded.url("postgres"), stop: embedded.stop };
}

/** Creates and migrates a uniquely named database; returns its URL and a function that drops it. */
export async function createTestDatabase(serverUrl: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `notify_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await createDatabaseIfMissing(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  await migrateDatabase(url);
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
