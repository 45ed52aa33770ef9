// A service's "do not send" list (suppressed_recipients): opt-outs from inbound STOP texts, hard
// bounces and complaints from receipts, and numbers or addresses its team adds. Every change writes
// its audit event in the same statement. The send path reads a channel's whole list once and keeps
// it in memory until the service changes (a trigger announces every change: lib/db/service-changes.ts),
// so checking a recipient costs a Map lookup. Every query is scoped to one service.
import type { SuppressionEntry, SuppressionList, SuppressionReason, SuppressionSource } from "../domain/recipients/suppression";
import { getPool } from "./pool";
import { serviceCache } from "./service-changes";

type Channel = "sms" | "email";

const lists = serviceCache<SuppressionList>("notifySuppressionLists", { liveMs: 60_000, fallbackMs: 2_000 });

/** The service's list for a channel, keyed by normalised recipient (read-only, shared between callers). */
export async function findSuppressionList(serviceId: string, channel: Channel): Promise<SuppressionList> {
  const list = await lists.get(serviceId, `${serviceId}/${channel}`, async () => {
    const { rows } = await getPool().query<{ recipient: string; reason: SuppressionReason; sending_number: string }>(
      `SELECT recipient, reason::text AS reason, sending_number FROM suppressed_recipients WHERE service_id = $1::uuid AND channel = $2::suppression_channel`,
      [serviceId, channel],
    );
    const map = new Map<string, SuppressionEntry[]>();
    for (const row of rows) {
      const entries = map.get(row.recipient) ?? [];
      entries.push({ reason: row.reason, sendingNumber: row.sending_number });
      map.set(row.recipient, entries);
    }
    return map;
  });
  return list ?? new Map();
}

/**
 * This process forgets the lists as soon as it changes one itself, so its own next send sees the
 * change without waiting for the change notice (which tells every other process).
 */
function forgetIfChanged(changed: number): void {
  if (changed > 0) lists.clear();
}

/**
 * The statement that inserts `select`'s rows (skipping ones already on the list) and writes an
 * audit event for each new one, without the recipient (audit data never holds one). Answers the
 * new entries' ids. `userSql` is the audit event's user (a column of the new entries, or NULL).
 */
function insertAuditedSql(columns: string, select: string, userSql = "NULL::uuid"): string {
  return `WITH added AS (
       INSERT INTO suppressed_recipients (${columns}) ${select}
       ON CONFLICT (service_id, channel, recipient, sending_number) DO NOTHING
       RETURNING id, service_id, created_by_id, channel, reason, source
     ), audited AS (
       INSERT INTO audit_events (id, event_type, service_id, user_id, data)
       SELECT gen_random_uuid(), 'suppression-added', service_id, ${userSql}, jsonb_build_object('suppressionId', id, 'channel', channel, 'reason', reason, 'source', source) FROM added
     )
     SELECT id::text AS id FROM added`;
}

export type NewSuppression = {
  serviceId: string;
  channel: Channel;
  /** Normalised: E.164 or a lower-cased address. */
  recipient: string;
  sendingNumber?: string;
  reason: SuppressionReason;
  source: SuppressionSource;
  createdById?: string | null;
  note?: string | null;
};

/**
 * Adds entries (one statement however many; ones already on the list are left as they are) and an
 * audit event for each new one, without the recipient (audit data never holds one). Returns the new entries' ids.
 */
export async function insertSuppressions(entries: readonly NewSuppression[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const { rows } = await getPool().query<{ id: string }>(
    insertAuditedSql(
      "id, service_id, channel, recipient, sending_number, reason, source, created_by_id, note",
      `SELECT gen_random_uuid(), e.service_id, e.channel::suppression_channel, e.recipient, e.sending_number, e.reason::suppression_reason, e.source::suppression_source, e.created_by_id, e.note
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[])
           AS e(service_id, channel, recipient, sending_number, reason, source, created_by_id, note)`,
      "created_by_id",
    ),
    [
      entries.map((e) => e.serviceId),
      entries.map((e) => e.channel),
      entries.map((e) => e.recipient),
      entries.map((e) => e.sendingNumber ?? ""),
      entries.map((e) => e.reason),
      entries.map((e) => e.source),
      entries.map((e) => e.createdById ?? null),
      entries.map((e) => e.note ?? null),
    ],
  );
  forgetIfChanged(rows.length);
  return rows.map((r) => r.id);
}

/**
 * Adds the recipients of these notifications (emails that hard-bounced or were complained about)
 * to their services' lists, in one statement for a whole batch of receipts, with an audit event each.
 */
export async function suppressNotificationRecipients(notifications: readonly { id: string; reason: SuppressionReason }[]): Promise<number> {
  if (notifications.length === 0) return 0;
  const { rows } = await getPool().query<{ id: string }>(
    insertAuditedSql(
      "id, service_id, channel, recipient, reason, source",
      `SELECT DISTINCT ON (n.service_id, n.normalised_to) gen_random_uuid(), n.service_id, n.notification_type::text::suppression_channel, n.normalised_to, r.reason::suppression_reason, 'receipt'
         FROM unnest($1::uuid[], $2::text[]) AS r(id, reason) JOIN notifications n ON n.id = r.id
        WHERE n.normalised_to IS NOT NULL AND n.key_type <> 'test'`,
    ),
    [notifications.map((n) => n.id), notifications.map((n) => n.reason)],
  );
  forgetIfChanged(rows.length);
  return rows.length;
}

/**
 * Removes one entry of the service's list (a team member's removal) with its audit event, carrying
 * `data` (the removal reason). Null when there is no such entry in this service (another service's id changes nothing).
 */
export async function deleteSuppression(serviceId: string, id: string, audit: { userId: string; data: Record<string, string> }): Promise<{ id: string; channel: Channel; reason: SuppressionReason } | null> {
  const { rows } = await getPool().query<{ id: string; channel: Channel; reason: SuppressionReason }>(
    `WITH removed AS (
       DELETE FROM suppressed_recipients WHERE service_id = $1::uuid AND id = $2::uuid
       RETURNING id, service_id, channel, reason, source
     ), audited AS (
       INSERT INTO audit_events (id, event_type, service_id, user_id, data)
       SELECT gen_random_uuid(), 'suppression-removed', service_id, $3::uuid,
              jsonb_build_object('suppressionId', id, 'channel', channel, 'reason', reason, 'source', source) || $4::jsonb FROM removed
     )
     SELECT id::text AS id, channel::text AS channel, reason::text AS reason FROM removed`,
    [serviceId, id, audit.userId, JSON.stringify(audit.data)],
  );
  forgetIfChanged(rows.length);
  return rows[0] ?? null;
}

export type SuppressionRow = {
  id: string;
  channel: Channel;
  recipient: string;
  sendingNumber: string;
  reason: SuppressionReason;
  source: SuppressionSource;
  note: string | null;
  createdAt: Date;
  createdByName: string | null;
};

/** The service's list, newest first; `search` matches part of the recipient (any case). */
export async function listSuppressions(serviceId: string, options: { search?: string; skip?: number; take?: number } = {}): Promise<{ rows: SuppressionRow[]; total: number }> {
  const search = options.search?.trim() ? `%${options.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await getPool().query<SuppressionRow & { total: number }>(
    `SELECT s.id::text AS id, s.channel::text AS channel, s.recipient, s.sending_number AS "sendingNumber", s.reason::text AS reason, s.source::text AS source,
            s.note, s.created_at AS "createdAt", u.name AS "createdByName", count(*) OVER ()::int AS total
       FROM suppressed_recipients s LEFT JOIN users u ON u.id = s.created_by_id
      WHERE s.service_id = $1::uuid AND ($2::text IS NULL OR s.recipient LIKE $2)
      ORDER BY s.created_at DESC, s.id DESC
      OFFSET $3 LIMIT $4`,
    [serviceId, search, options.skip ?? 0, options.take ?? 100_000],
  );
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** One person's last STOP or START in a batch of received texts (to the service's number `notifyNumber`). */
export type InboundOptChange = { serviceId: string; recipient: string; notifyNumber: string; change: "opt-out" | "opt-in" };

/**
 * Applies a batch's STOP and START texts in two statements, each change with its audit event. An
 * opt-out is for the number texted when the service has several text message senders, else for all
 * of them; an opt-in removes the opt-outs for that number and for all.
 */
export async function applyInboundOptChanges(changes: readonly InboundOptChange[]): Promise<{ added: number; removed: number }> {
  const outs = changes.filter((c) => c.change === "opt-out");
  const ins = changes.filter((c) => c.change === "opt-in");
  const pool = getPool();
  const added = outs.length
    ? await pool.query<{ id: string }>(
        insertAuditedSql(
          "id, service_id, channel, recipient, sending_number, reason, source",
          `SELECT gen_random_uuid(), c.service_id, 'sms', c.recipient,
                  CASE WHEN (SELECT count(*) FROM service_sms_senders s WHERE s.service_id = c.service_id AND NOT s.archived) > 1 THEN c.notify_number ELSE '' END,
                  'opt-out', 'inbound-sms'
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS c(service_id, recipient, notify_number)`,
        ),
        [outs.map((c) => c.serviceId), outs.map((c) => c.recipient), outs.map((c) => c.notifyNumber)],
      )
    : null;
  const removed = ins.length
    ? await pool.query<{ n: number }>(
        `WITH removed AS (
           DELETE FROM suppressed_recipients s USING unnest($1::uuid[], $2::text[], $3::text[]) AS c(service_id, recipient, notify_number)
            WHERE s.service_id = c.service_id AND s.channel = 'sms' AND s.recipient = c.recipient AND s.reason = 'opt-out' AND s.sending_number IN ('', c.notify_number)
           RETURNING s.id, s.service_id, s.channel, s.reason, s.source
         ), audited AS (
           INSERT INTO audit_events (id, event_type, service_id, data)
           SELECT gen_random_uuid(), 'suppression-removed', service_id, jsonb_build_object('suppressionId', id, 'channel', channel, 'reason', reason, 'source', source, 'removalReason', 'opted-in') FROM removed
         )
         SELECT count(*)::int AS n FROM removed`,
        [ins.map((c) => c.serviceId), ins.map((c) => c.recipient), ins.map((c) => c.notifyNumber)],
      )
    : null;
  const result = { added: added?.rows.length ?? 0, removed: removed?.rows[0]?.n ?? 0 };
  forgetIfChanged(result.added + result.removed);
  return result;
}
