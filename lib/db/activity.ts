// What a service has sent: counts for the dashboard and the searchable message list. Scoped to one
// service; test-key messages are left out (nothing was really sent).
import type { NotificationStatusName } from "../domain/notifications/status";
import { getDb } from "./client";
import type { NotificationType } from "./generated/client";
import { fromDbStatus, toDbStatus } from "./status-names";

export type StatusCount = { channel: NotificationType; status: NotificationStatusName; count: number };

export async function countNotificationsByStatus(serviceId: string, since: Date): Promise<StatusCount[]> {
  const groups = await getDb().notification.groupBy({
    by: ["notificationType", "status"],
    where: { serviceId, createdAt: { gte: since }, keyType: { not: "test" } },
    _count: { _all: true },
  });
  return groups.map((g) => ({ channel: g.notificationType, status: fromDbStatus(g.status), count: g._count._all }));
}

export async function countInboundSince(serviceId: string, since: Date): Promise<number> {
  return getDb().inboundSms.count({ where: { serviceId, createdAt: { gte: since } } });
}

export type ActivityRow = {
  id: string;
  notificationType: NotificationType;
  to: string;
  status: NotificationStatusName;
  clientReference: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  templateName: string;
  jobName: string | null;
  createdByName: string | null;
};

export type ActivityFilter = { channel?: NotificationType; statuses?: NotificationStatusName[]; search?: { normalised: string; raw: string }; since?: Date };

function where(serviceId: string, filter: ActivityFilter) {
  return {
    serviceId,
    keyType: { not: "test" as const },
    ...(filter.channel ? { notificationType: filter.channel } : {}),
    ...(filter.statuses?.length ? { status: { in: filter.statuses.map(toDbStatus) } } : {}),
    ...(filter.since ? { createdAt: { gte: filter.since } } : {}),
    ...(filter.search ? { OR: [{ normalisedTo: filter.search.normalised }, { to: filter.search.raw }, { clientReference: filter.search.raw }] } : {}),
  };
}

export async function listActivity(serviceId: string, filter: ActivityFilter, page: { skip: number; take: number }): Promise<{ rows: ActivityRow[]; total: number }> {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where: where(serviceId, filter),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        notificationType: true,
        to: true,
        status: true,
        clientReference: true,
        createdAt: true,
        updatedAt: true,
        template: { select: { name: true } },
        job: { select: { originalFileName: true } },
        createdBy: { select: { name: true } },
      },
    }),
    db.notification.count({ where: where(serviceId, filter) }),
  ]);
  return {
    total,
    rows: rows.map(({ template, job, createdBy, status, ...r }) => ({ ...r, status: fromDbStatus(status), templateName: template.name, jobName: job?.originalFileName ?? null, createdByName: createdBy?.name ?? null })),
  };
}
