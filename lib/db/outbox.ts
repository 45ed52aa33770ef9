// The local providers' outbox (local_outbox): every message "sent" while EMAIL_PROVIDER or
// SMS_PROVIDER is `local`.
import { randomUUID } from "node:crypto";
import { getDb } from "./client";
import { isConnectionLoss, retryOnConnectionLoss } from "./connection-loss";
import { getPool } from "./pool";

/** What the local providers record (mirrors the local_outbox columns). */
export type NewOutboxMessage = { channel: "email" | "sms"; to: string; sender?: string; replyTo?: string; subject?: string; body: string; htmlBody?: string; listUnsubscribe?: string; providerReference: string };

/**
 * The local providers' write: many rows in one statement. A provider reference already in the
 * outbox is the same message handed over again, counted in hand_overs rather than stored twice.
 * The outbox stands in for a provider whose network is not the database's: when the connection is
 * lost with the reply, the write checks (by its call id) whether it was recorded, rather than let
 * the caller call again and count a second hand-over that never was.
 */
export async function recordOutboxHandOvers(entries: readonly NewOutboxMessage[]): Promise<void> {
  if (entries.length === 0) return;
  const callId = randomUUID();
  const rows = entries.map((e) => ({ channel: e.channel, to: e.to, sender: e.sender ?? null, reply_to: e.replyTo ?? null, subject: e.subject ?? null, body: e.body, html_body: e.htmlBody ?? null, list_unsubscribe: e.listUnsubscribe ?? null, provider_reference: e.providerReference, last_call_id: callId }));
  const write = () =>
    getPool().query(
      `INSERT INTO local_outbox (id, channel, "to", sender, reply_to, subject, body, html_body, list_unsubscribe, provider_reference, last_call_id)
       SELECT gen_random_uuid(), channel, "to", sender, reply_to, subject, body, html_body, list_unsubscribe, provider_reference, last_call_id
         FROM json_populate_recordset(NULL::local_outbox, $1::json)
       ON CONFLICT (provider_reference) DO UPDATE SET hand_overs = local_outbox.hand_overs + 1, last_call_id = EXCLUDED.last_call_id`,
      [JSON.stringify(rows)],
    );
  const wasRecorded = async () => ((await getPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM local_outbox WHERE last_call_id = $1`, [callId])).rows[0]?.n ?? 0) > 0;
  await retryOnConnectionLoss(async () => {
    try {
      await write();
    } catch (error) {
      // Recorded before the reply was lost (the statement is all or nothing): done. Otherwise write again.
      if (isConnectionLoss(error) && (await retryOnConnectionLoss(wasRecorded))) return;
      throw error;
    }
  });
}

export type OutboxMessageSummary = {
  id: string;
  channel: "email" | "sms";
  to: string;
  sender: string | null;
  subject: string | null;
  body: string;
  listUnsubscribe: string | null;
  providerReference: string;
  createdAt: Date;
};

const SELECT = { id: true, channel: true, to: true, sender: true, subject: true, body: true, listUnsubscribe: true, providerReference: true, createdAt: true } as const;

export async function listOutboxMessages({ limit = 50 }: { limit?: number } = {}): Promise<OutboxMessageSummary[]> {
  return getDb().outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: SELECT });
}

export async function findOutboxMessageByReference(providerReference: string): Promise<OutboxMessageSummary | null> {
  return getDb().outboxMessage.findUnique({ where: { providerReference }, select: SELECT });
}

export type OutboxEmailHtml = { id: string; to: string; subject: string | null; htmlBody: string; createdAt: Date };

/** One outbox email's HTML part, or null when there is no such email (or it has none). */
export async function findOutboxEmailHtml(id: string): Promise<OutboxEmailHtml | null> {
  const row = await getDb().outboxMessage.findUnique({ where: { id }, select: { id: true, channel: true, to: true, subject: true, htmlBody: true, createdAt: true } });
  if (!row || row.channel !== "email" || row.htmlBody === null) return null;
  return { id: row.id, to: row.to, subject: row.subject, htmlBody: row.htmlBody, createdAt: row.createdAt };
}
