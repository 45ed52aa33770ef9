// Daily sending limits: one counter per service, channel and UTC day, and Notify's messages.

export type LimitChannel = "sms" | "email" | "international_sms";

export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A service's daily allowance for one channel: which counter, its limit, and the UTC day it counts. */
export type DailyAllowance = { key: string; limit: number; day: Date };

/** Today's allowance for the channel, from the service's limits: the one rule every send path takes from. */
export function dailyAllowance(serviceId: string, limits: { smsMessageLimit: number; emailMessageLimit: number }, channel: "sms" | "email", now: Date): DailyAllowance {
  return { key: dailyLimitKey(serviceId, channel), limit: channel === "sms" ? limits.smsMessageLimit : limits.emailMessageLimit, day: startOfUtcDay(now) };
}

/** The counter's key; the counter row also carries the day it counts. */
export function dailyLimitKey(serviceId: string, channel: LimitChannel): string {
  return `daily:${serviceId}:${channel}`;
}

/** Notify's API message (UK format): "Exceeded send limits (sms: 250000) for today". */
export function dailyLimitApiMessage(channel: LimitChannel, limit: number): string {
  return `Exceeded send limits (${channel}: ${limit}) for today`;
}

/** Notify's RateLimitError message; key type normal is shown as LIVE. */
export function rateLimitApiMessage(keyType: "normal" | "team" | "test", limit: number, windowSeconds: number): string {
  const label = keyType === "normal" ? "LIVE" : keyType.toUpperCase();
  return `Exceeded rate limit for key type ${label} of ${limit} requests per ${windowSeconds} seconds`;
}
