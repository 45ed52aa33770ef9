// The local providers' outbox (local_outbox): every message "sent" while EMAIL_PROVIDER or
// SMS_PROVIDER is `local`.
import { getDb } from "./client";
import { getPool } from "./pool";

/** What the local providers record (mirrors the local_outbox columns). */
export type NewOutboxMessage = { channel: "email" | "sms"; to: string; sender?: string; replyTo?: string; subject?: string; body: string; htmlBody?: string; providerReference: string };

/**
 * The local providers' write: many rows in one statement. A provider reference already in the
 * outbox is the same message handed over again, counted in hand_overs rather than stored twice.
 */
export async function recordOutboxHandOvers(entries: readonly NewOutboxMessage[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({ channel: e.channel, to: e.to, sender: e.sender ?? null, reply_to: e.replyTo ?? null, subject: e.subject ?? null, body: e.body, html_body: e.htmlBody ?? null, provider_reference: e.providerReference }));
  await getPool().query(
    `INSERT INTO local_outbox (id, channel, "to", sender, reply_to, subject, body, html_body, provider_reference)
     SELECT gen_random_uuid(), channel, "to", sender, reply_to, subject, body, html_body, provider_reference
       FROM json_populate_recordset(NULL::local_outbox, $1::json)
     ON CONFLICT (provider_reference) DO UPDATE SET hand_overs = local_outbox.hand_overs + 1`,
    [JSON.stringify(rows)],
  );
}

export type OutboxMessageSummary = {
  id: string;
  channel: "email" | "sms";
  to: string;
  sender: string | null;
  subject: string | null;
  body: string;
  providerReference: string;
  createdAt: Date;
};

const SELECT = { id: true, channel: true, to: true, sender: true, subject: true, body: true, providerReference: true, createdAt: true } as const;

export async function listOutboxMessages({ limit = 50 }: { limit?: number } = {}): Promise<OutboxMessageSummary[]> {
  return getDb().outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: SELECT });
}

export async function findOutboxMessageByReference(providerReference: string): Promise<OutboxMessageSummary | null> {
  return getDb().outboxMessage.findUnique({ where: { providerReference }, select: SELECT });
}
