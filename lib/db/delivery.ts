// The worker's sending queries beyond lib/db/notifications.ts: the SMS sender's origination identity
// and throughput, the shared token buckets, and the batch path (many notifications per query).
import { getDb } from "./client";
import { DELIVERY_SELECT, type NotificationForDelivery } from "./notifications";
import { fromDbStatus } from "./status-names";
import { findTemplateVersions, templateVersionKey } from "./templates";

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

/** The sender's balance now, refilled for the time since it was last touched; nothing is taken (a full bucket if it has none). */
export async function peekSenderTokens(key: string, ratePerSecond: number, capacity: number): Promise<number> {
  const rows = await getDb().$queryRaw<{ tokens: number }[]>`
    SELECT least(${capacity}::float8, tokens + extract(epoch FROM clock_timestamp() - refilled_at)::float8 * ${ratePerSecond}::float8) AS tokens
    FROM sender_rate_buckets WHERE key = ${key}`;
  return rows[0] ? Number(rows[0].tokens) : capacity;
}

/**
 * Everything the worker needs to send many notifications, in two queries: the rows (still
 * `created`) with their services, and the template versions they were created with.
 */
export async function findNotificationsForDelivery(ids: readonly string[]): Promise<NotificationForDelivery[]> {
  if (ids.length === 0) return [];
  const db = getDb();
  const rows = await db.notification.findMany({
    where: { id: { in: [...ids] }, status: "created" },
    select: DELIVERY_SELECT,
  });
  const versions = await findTemplateVersions(rows);
  return rows.flatMap((row) => {
    const template = versions.get(templateVersionKey(row.templateId, row.templateVersion));
    if (!template) return [];
    return [{ ...row, status: fromDbStatus(row.status), template: { id: row.templateId, version: row.templateVersion, subject: template.subject, content: template.content, hasUnsubscribeLink: template.hasUnsubscribeLink } }];
  });
}

export type SentNotification = { id: string; reference: string; sentBy: string; billableUnits: number };

/** Moves many notifications from created to sending in one statement; returns the ids that moved. */
export async function markNotificationsSending(sent: readonly SentNotification[]): Promise<string[]> {
  if (sent.length === 0) return [];
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    UPDATE notifications n
       SET notification_status = 'sending', reference = s.reference, sent_by = s.sent_by, billable_units = s.billable_units,
           sent_at = now(), updated_at = now()
      FROM unnest(${sent.map((s) => s.id)}::uuid[], ${sent.map((s) => s.reference)}::text[], ${sent.map((s) => s.sentBy)}::text[], ${sent.map((s) => s.billableUnits)}::int[])
           AS s(id, reference, sent_by, billable_units)
     WHERE n.id = s.id AND n.notification_status = 'created'
    RETURNING n.id`;
  return rows.map((row) => row.id);
}

