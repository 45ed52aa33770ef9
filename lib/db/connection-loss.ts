// Telling a lost database connection from a real failure, and riding one out. A connection can be
// cut at any moment (failover, restart, an operator's pg_terminate_backend); the pools open new
// ones, so a write that failed only because its connection went away can simply be made again.

const CONNECTION_CODES = new Set(["57P01", "57P02", "57P03", "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]);
const CONNECTION_MESSAGES = /Connection terminated|connection error and is not queryable|terminating connection|Code: `(57P0[123]|08\d{3})`/;

/** True when `error` (or its cause) says the connection was lost, not that the statement was wrong. */
export function isConnectionLoss(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
    if (e instanceof Error && CONNECTION_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * Runs `write` until it succeeds, again after each lost connection (backing off from 100 ms to
 * 2 s, for up to `withinMs`). For writes that must not be lost once something outside the database
 * has happened — a message handed to the provider must be recorded as sent, or the rerun of its
 * job would send it again. `write` must be safe to repeat (conditional updates are).
 */
export async function retryOnConnectionLoss<T>(write: () => Promise<T>, withinMs = 30_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isConnectionLoss(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** (attempt - 1), 2_000)));
    }
  }
}
