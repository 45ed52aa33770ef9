// A service's audit trail for its managers: who did what and when (never message content).
import { listAuditEventsForService } from "../../db/audit";
import { auditEventLabel } from "../../domain/audit-labels";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../services/service-access";

export const AUDIT_PAGE_SIZE = 50;

export async function getServiceAuditTrail({ actor, serviceId, page = 1 }: { actor: SessionUser; serviceId: string; page?: number }) {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const { events, total } = await listAuditEventsForService(serviceId, { skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events.map((e) => ({ id: e.id, when: e.createdAt, who: e.userName ?? (e.apiKeyName ? `API key ‘${e.apiKeyName}’` : "Notify"), what: auditEventLabel(e.eventType) })),
  };
}
