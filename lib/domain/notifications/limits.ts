// Daily sending limits: one counter per service, channel and UTC day, and Notify's messages.

export type LimitChannel = "sms" | "email" | "international_sms";

export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
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
