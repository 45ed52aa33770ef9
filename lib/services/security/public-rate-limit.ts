// Fixed-window limits for public, unauthenticated pages (the unsubscribe page and its one-click
// POST, a file download's email confirmation), counted in PostgreSQL so every web process shares
// them. Each request costs one upsert: fine for pages people and mail providers open one at a time,
// not for the /v2 API (which has its own limiter in lib/services/api-keys/rate-limit.ts).
import { incrementRateCounter } from "../../db/api-keys";
import { AppError } from "../../errors";

/** Counts one request for `key` in the current window of `windowSeconds`; returns the window's count so far. */
export async function countPublicRequest(key: string, windowSeconds: number, now = Date.now()): Promise<number> {
  const windowMs = windowSeconds * 1000;
  return incrementRateCounter(`public:${key}`, new Date(Math.floor(now / windowMs) * windowMs), windowSeconds);
}

/**
 * Counts one request for `key` and throws AppError RATE_LIMITED once more than `limit` arrive in the
 * window. Mail providers post one-click unsubscribes for many recipients from a few addresses, so
 * limits per client address must be generous.
 */
export async function takePublicRateLimit(key: string, limit: number, windowSeconds: number, now = Date.now()): Promise<void> {
  if ((await countPublicRequest(key, windowSeconds, now)) > limit) {
    throw new AppError("RATE_LIMITED", `public rate limit for ${key.split(":")[0]}`, { userMessage: "Too many requests. Wait a minute, then try again." });
  }
}
