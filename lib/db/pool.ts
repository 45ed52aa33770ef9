// A plain node-postgres pool for the few hot paths where Prisma's per-query overhead matters (the
// API's send transaction: a handful of statements per request). Same database, same process
// lifetime as the Prisma client; a processSingleton, so Next's module copies share it.
import { Pool, type PoolClient } from "pg";
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

/**
 * Runs `work` in one transaction on a connection of its own: committed if it returns, rolled back
 * if it throws. While checked out, a connection has no error listener of the pool's, so one cut by
 * the server between two statements would crash the process; here its error is heard, and the
 * broken connection is thrown away rather than returned to the pool.
 */
export async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost = error;
    logger.warn({ error: error.message }, "a database connection in use was closed");
  };
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    if (!lost) await client.query("ROLLBACK").catch(() => undefined);
    lost ??= error as Error;
    throw error;
  } finally {
    client.off("error", onError);
    client.release(lost);
  }
}

export async function closePool(): Promise<void> {
  await stopServiceChanges();
  await shared.pool?.end();
  shared.pool = undefined;
}
