// A plain node-postgres pool for the few hot paths where Prisma's per-query overhead matters (the
// API's send transaction: a handful of statements per request). Same database, same process
// lifetime as the Prisma client; a processSingleton, so Next's module copies share it.
import { Pool } from "pg";
import { getEnv } from "../env";
import { logger } from "../logger";
import { stopServiceChanges } from "./service-changes";
import { processSingleton } from "../process-singleton";

const shared = processSingleton("pg-pool", (): { pool?: Pool } => ({}));

export function getPool(): Pool {
  if (!shared.pool) {
    const pool = new Pool({ connectionString: getEnv().DATABASE_URL, max: 10 });
    // An idle connection closed by the server (restart, failover) must not crash the process.
    pool.on("error", (error) => logger.warn({ error: error.message }, "an idle database connection was closed"));
    shared.pool = pool;
  }
  return shared.pool;
}

export async function closePool(): Promise<void> {
  await stopServiceChanges();
  await shared.pool?.end();
  shared.pool = undefined;
}
