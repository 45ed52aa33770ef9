// A plain node-postgres pool for the few hot paths where Prisma's per-query overhead matters (the
// API's send transaction: a handful of statements per request). Same database, same process
// lifetime as the Prisma client; kept on globalThis so Next's separate bundles share it.
import { Pool } from "pg";
import { getEnv } from "../env";
import { logger } from "../logger";
import { stopServiceChanges } from "./service-changes";

const shared = globalThis as unknown as { notifyPgPool?: Pool };

export function getPool(): Pool {
  if (!shared.notifyPgPool) {
    const pool = new Pool({ connectionString: getEnv().DATABASE_URL, max: 10 });
    // An idle connection closed by the server (restart, failover) must not crash the process.
    pool.on("error", (error) => logger.warn({ error: error.message }, "an idle database connection was closed"));
    shared.notifyPgPool = pool;
  }
  return shared.notifyPgPool;
}

export async function closePool(): Promise<void> {
  await stopServiceChanges();
  await shared.notifyPgPool?.end();
  shared.notifyPgPool = undefined;
}
