// The audit trail: who did what and when. Never put message content, recipients or passwords in `data`.
import { getDb, type Prisma } from "./client";

export async function insertAuditEvent(event: { eventType: string; userId?: string | null; serviceId?: string | null; apiKeyId?: string | null; data?: Prisma.InputJsonValue }): Promise<void> {
  await getDb().auditEvent.create({ data: { ...event, data: event.data ?? {} } });
}

export async function listAuditEventsForUser(userId: string, limit = 50) {
  return getDb().auditEvent.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: limit, select: { eventType: true, data: true, createdAt: true } });
}

export type ServiceAuditEvent = { id: string; eventType: string; createdAt: Date; userName: string | null; apiKeyName: string | null; data: unknown };

/** A service's audit trail, newest first. */
export async function listAuditEventsForService(serviceId: string, page: { skip: number; take: number }): Promise<{ events: ServiceAuditEvent[]; total: number }> {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where: { serviceId },
      orderBy: { createdAt: "desc" },
      skip: page.skip,
      take: page.take,
      select: { id: true, eventType: true, createdAt: true, data: true, user: { select: { name: true } }, apiKey: { select: { name: true } } },
    }),
    db.auditEvent.count({ where: { serviceId } }),
  ]);
  return { total, events: rows.map(({ user, apiKey, ...r }) => ({ ...r, userName: user?.name ?? null, apiKeyName: apiKey?.name ?? null })) };
}
