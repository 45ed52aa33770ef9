// Notify's API rate limit: per service and key type, `rate_limit` requests (3,000 by default) per
// 60 seconds, counted in PostgreSQL so every web process shares it. Rejected requests count too.
import { incrementRateCounter } from "../../db/api-keys";
import { rateLimitApiMessage } from "../../domain/notifications/limits";
import { AppError } from "../../errors";
import type { ApiCaller } from "./authenticate";

export const RATE_WINDOW_SECONDS = 60;

export type RateLimitState = { limit: number; remaining: number; resetSeconds: number; error: AppError | null };

/** Counts the request; over the limit, `error` is Notify's RateLimitError (429) to answer with. */
export async function takeRateLimit(caller: ApiCaller, now = Date.now()): Promise<RateLimitState> {
  const windowMs = RATE_WINDOW_SECONDS * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const count = await incrementRateCounter(`api:${caller.serviceId}:${caller.keyType}`, windowStart, RATE_WINDOW_SECONDS);
  const error = count > caller.rateLimit ? new AppError("RATE_LIMITED", rateLimitApiMessage(caller.keyType, caller.rateLimit, RATE_WINDOW_SECONDS), { apiError: "RateLimitError" }) : null;
  return { limit: caller.rateLimit, remaining: Math.max(0, caller.rateLimit - count), resetSeconds: Math.ceil((windowStart.getTime() + windowMs - now) / 1000), error };
}
