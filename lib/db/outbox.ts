// The local providers' outbox (local_outbox): every message "sent" while EMAIL_PROVIDER or
// SMS_PROVIDER is `local`.
import { getDb, type Prisma } from "./client";

/** What the local providers record (mirrors the local_outbox columns). */
export type NewOutboxMessage = Omit<Prisma.OutboxMessageUncheckedCreateInput, "id" | "createdAt">;

export async function insertOutboxMessage(entry: NewOutboxMessage): Promise<void> {
  await getDb().outboxMessage.create({ data: entry });
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
