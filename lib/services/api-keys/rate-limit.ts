// Notify's API rate limit: per service and key type, `rate_limit` requests (3,000 by default) per
// 60 seconds; rejected requests count too. Each web process counts in memory and adds its count
// to a shared PostgreSQL row at most every SYNC_MS (and whenever it is close to the limit), so a
// request never waits on a hot database row, and all processes still share one budget (each can
// overshoot by at most what it counted since its last sync).
import { incrementRateCounter } from "../../db/api-keys";
import { rateLimitApiMessage } from "../../domain/notifications/limits";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import type { ApiCaller } from "./authenticate";
import { processSingleton } from "../../process-singleton";

export const RATE_WINDOW_SECONDS = 60;
const SYNC_MS = 250;

export type RateLimitState = { limit: number; remaining: number; resetSeconds: number; error: AppError | null };

type Window = { start: number; pending: number; known: number; syncing: Promise<void> | null; lastSync: number };
const windows = processSingleton("rate-windows", () => new Map<string, Window>());

function sync(key: string, window: Window, now: number): Promise<void> {
  const delta = window.pending;
  window.lastSync = now;
  window.syncing = incrementRateCounter(key, new Date(window.start), RATE_WINDOW_SECONDS, delta)
    .then((total) => {
      window.known = total;
      window.pending -= delta;
    })
    .catch((error: unknown) => logger.warn({ err: error }, "could not share the API rate count; counting locally"))
    .finally(() => {
      window.syncing = null;
    });
  return window.syncing;
}

/** Counts the request; over the limit, `error` is Notify's RateLimitError (429) to answer with. */
export async function takeRateLimit(caller: ApiCaller, now = Date.now()): Promise<RateLimitState> {
  const windowMs = RATE_WINDOW_SECONDS * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  const key = `api:${caller.serviceId}:${caller.keyType}`;
  let window = windows.get(key);
  if (!window || window.start !== start) {
    if (windows.size > 10_000) windows.clear();
    window = { start, pending: 0, known: 0, syncing: null, lastSync: 0 };
    windows.set(key, window);
  }
  window.pending += 1;
  const nearLimit = window.known + window.pending >= caller.rateLimit * 0.9;
  if (!window.syncing && (now - window.lastSync >= SYNC_MS || nearLimit)) {
    const syncing = sync(key, window, now);
    // Near the limit, wait for the shared count so other processes' requests are seen.
    if (nearLimit) await syncing;
  } else if (nearLimit && window.syncing) {
    await window.syncing;
  }
  const count = window.known + window.pending;
  const error = count > caller.rateLimit ? new AppError("RATE_LIMITED", rateLimitApiMessage(caller.keyType, caller.rateLimit, RATE_WINDOW_SECONDS)) : null;
  return { limit: caller.rateLimit, remaining: Math.max(0, caller.rateLimit - count), resetSeconds: Math.ceil((start + windowMs - now) / 1000), error };
}
