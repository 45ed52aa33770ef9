// The audit trail: who did what and when. Never put message content, recipients or passwords in `data`.
import { getDb, type Prisma } from "./client";

export async function insertAuditEvent(event: { eventType: string; userId?: string | null; serviceId?: string | null; apiKeyId?: string | null; data?: Prisma.InputJsonValue }): Promise<void> {
  await getDb().auditEvent.create({ data: { ...event, data: event.data ?? {} } });
}

export async function listAuditEventsForUser(userId: string, limit = 50) {
  return getDb().auditEvent.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: limit, select: { eventType: true, data: true, createdAt: true } });
}

export type ServiceAuditEvent = { id: string; eventType: string; createdAt: Date; userName: string | null; userEmail: string | null; apiKeyName: string | null; serviceId: string | null; serviceName: string | null; data: unknown };

export type AuditEventFilter = {
  /** One service's events (a string), events with no service – account events – (null), or every event (undefined). */
  serviceId?: string | null;
  /** Part of the email address of the user who acted, any case. */
  userEmail?: string;
  eventType?: string;
};

function auditWhere(filter: AuditEventFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.serviceId !== undefined ? { serviceId: filter.serviceId } : {}),
    ...(filter.userEmail ? { user: { emailAddress: { contains: filter.userEmail, mode: "insensitive" as const } } } : {}),
    ...(filter.eventType ? { eventType: filter.eventType } : {}),
  };
}

/** Audit events matching the filter, newest first, with who acted and in which service. */
export async function listAuditEvents(filter: AuditEventFilter, page: { skip: number; take: number }): Promise<{ events: ServiceAuditEvent[]; total: number }> {
  const db = getDb();
  const where = auditWhere(filter);
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, eventType: true, createdAt: true, data: true, serviceId: true, user: { select: { name: true, emailAddress: true } }, apiKey: { select: { name: true } }, service: { select: { name: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return {
    total,
    events: rows.map(({ user, apiKey, service, ...r }) => ({ ...r, userName: user?.name ?? null, userEmail: user?.emailAddress ?? null, apiKeyName: apiKey?.name ?? null, serviceName: service?.name ?? null })),
  };
}

/** A service's audit trail, newest first. */
export async function listAuditEventsForService(serviceId: string, page: { skip: number; take: number }): Promise<{ events: ServiceAuditEvent[]; total: number }> {
  return listAuditEvents({ serviceId }, page);
}

/** The event types recorded so far, for the platform audit filter. */
export async function listAuditEventTypes(): Promise<string[]> {
  const rows = await getDb().auditEvent.findMany({ distinct: ["eventType"], select: { eventType: true }, orderBy: { eventType: "asc" } });
  return rows.map((r) => r.eventType);
}
