// A fixed-window limit for public, unauthenticated endpoints (the unsubscribe page and its
// one-click POST), counted in PostgreSQL so every web process shares it. Each request costs one
// upsert: fine for pages people and mail providers open one at a time, not for the /v2 API (which
// has its own limiter in lib/services/api-keys/rate-limit.ts).
import { incrementRateCounter } from "../../db/api-keys";
import { AppError } from "../../errors";

/**
 * Counts one request for `key` and throws AppError RATE_LIMITED once more than `limit` arrive in the
 * window. Mail providers post one-click unsubscribes for many recipients from a few addresses, so
 * limits per client address must be generous.
 */
export async function takePublicRateLimit(key: string, limit: number, windowSeconds: number, now = Date.now()): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const count = await incrementRateCounter(`public:${key}`, new Date(Math.floor(now / windowMs) * windowMs), windowSeconds);
  if (count > limit) throw new AppError("RATE_LIMITED", `public rate limit for ${key.split(":")[0]}`, { userMessage: "Too many requests. Wait a minute, then try again." });
}
