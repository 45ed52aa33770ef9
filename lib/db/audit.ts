// The audit trail: who did what and when. Never put message content, recipients or passwords in `data`.
import { getDb, type Prisma } from "./client";

export async function insertAuditEvent(event: { eventType: string; userId?: string | null; serviceId?: string | null; apiKeyId?: string | null; data?: Prisma.InputJsonValue }): Promise<void> {
  await getDb().auditEvent.create({ data: { ...event, data: event.data ?? {} } });
}

export async function listAuditEventsForUser(userId: string, limit = 50) {
  return getDb().auditEvent.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: limit, select: { eventType: true, data: true, createdAt: true } });
}
