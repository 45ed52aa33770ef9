// A service's audit trail for its managers: who did what and when (never message content).
import { listAuditEvents, listAuditEventsForService, listAuditEventTypes, type ServiceAuditEvent } from "../../db/audit";
import { listAllServices } from "../../db/services";
import { auditEventLabel } from "../../domain/audit-labels";
import { AppError } from "../../errors";
import type { AuditFilterInput } from "../../schemas/reports";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";

export const AUDIT_PAGE_SIZE = 50;

export async function getServiceAuditTrail({ actor, serviceId, page = 1 }: { actor: SessionUser; serviceId: string; page?: number }) {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const { events, total } = await listAuditEventsForService(serviceId, { skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events.map(toTrailEvent),
  };
}

function toTrailEvent(e: ServiceAuditEvent) {
  return { id: e.id, when: e.createdAt, who: e.userName ?? (e.apiKeyName ? `API key ‘${e.apiKeyName}’` : "Notify"), what: auditEventLabel(e.eventType) };
}

/** The value of the service filter that means "events of no service" (sign-ins and other account events). */
export const ACCOUNT_EVENTS = "account";

/**
 * Every service's audit events and account events, for platform admins, filtered by service (or
 * account events only), part of the acting user's email address, and event type.
 */
export async function getPlatformAuditTrail({ actor, filter }: { actor: SessionUser; filter: AuditFilterInput }) {
  if (!actor.platformAdmin) throw new AppError("NOT_FOUND", "platform admins only");
  const page = filter.page;
  const [{ events, total }, eventTypes, services] = await Promise.all([
    listAuditEvents(
      { serviceId: filter.serviceId === ACCOUNT_EVENTS ? null : filter.serviceId, userEmail: filter.email || undefined, eventType: filter.eventType || undefined },
      { skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE },
    ),
    listAuditEventTypes(),
    listAllServices(),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    eventTypes: eventTypes.map((type) => ({ value: type, label: auditEventLabel(type) })),
    services: services.map((s) => ({ value: s.id, label: s.name })),
    events: events.map((e) => ({ ...toTrailEvent(e), email: e.userEmail, serviceId: e.serviceId, serviceName: e.serviceName })),
  };
}
