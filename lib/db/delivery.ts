// Reads the worker needs while sending that the notification row doesn't carry: the AWS origination
// identity and throughput of the SMS sender a notification was sent with.
import { getDb } from "./client";

export type SmsSenderSettings = { originationIdentity: string | null; messagesPerSecond: number | null };

/**
 * The settings of the service's (non-archived) SMS sender whose text is `smsSender`, or of its
 * default sender when `smsSender` is null. Null when the service has no such sender.
 */
export async function findSmsSenderSettings(serviceId: string, smsSender: string | null): Promise<SmsSenderSettings | null> {
  return getDb().serviceSmsSender.findFirst({
    where: { serviceId, archived: false, ...(smsSender === null ? { isDefault: true } : { smsSender }) },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { originationIdentity: true, messagesPerSecond: true },
  });
}

/**
 * Takes `cost` tokens from the sender's bucket in one atomic statement (shared by every worker
 * process): the bucket first refills at `ratePerSecond` for the time since it was last touched, up
 * to `capacity`. The balance may go negative — that is a reservation of future capacity — and
 * the caller waits `-balance / rate` seconds before sending. Returns the balance after taking.
 */
export async function reserveSenderTokens(key: string, cost: number, ratePerSecond: number, capacity: number): Promise<number> {
  const rows = await getDb().$queryRaw<{ tokens: number }[]>`
    INSERT INTO sender_rate_buckets AS b (key, tokens, capacity, rate_per_second, refilled_at)
    VALUES (${key}, ${capacity - cost}, ${capacity}, ${ratePerSecond}, clock_timestamp())
    ON CONFLICT (key) DO UPDATE SET
      tokens = least(excluded.capacity, b.tokens + extract(epoch FROM clock_timestamp() - b.refilled_at)::float8 * excluded.rate_per_second) - ${cost},
      capacity = excluded.capacity,
      rate_per_second = excluded.rate_per_second,
      refilled_at = clock_timestamp()
    RETURNING tokens`;
  return Number(rows[0]?.tokens ?? 0);
}

