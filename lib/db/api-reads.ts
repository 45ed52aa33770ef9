// Reads for the public API: notifications (with the template version each used), templates with
// their creators' email addresses, and received texts. Every query is scoped to the caller's
// service (and, for notifications, to the calling key's type, as Notify does).
import type { NotificationStatusName } from "../domain/notifications/status";
import { getDb } from "./client";
import type { KeyType, NotificationType, TemplateType } from "./generated/client";
import { fromDbStatus, toDbStatus } from "./status-names";
import { findTemplateVersions, templateVersionKey } from "./templates";

export type ApiNotificationRow = {
  id: string;
  clientReference: string | null;
  notificationType: NotificationType;
  to: string;
  status: NotificationStatusName;
  personalisation: string | null;
  templateId: string;
  templateVersion: number;
  subject: string | null;
  content: string;
  billableUnits: number;
  international: boolean;
  unsubscribeLink: string | null;
  createdAt: Date;
  sentAt: Date | null;
  updatedAt: Date | null;
  scheduledFor: Date | null;
  createdByName: string | null;
};

const NOTIFICATION_SELECT = {
  id: true,
  clientReference: true,
  notificationType: true,
  to: true,
  status: true,
  personalisation: true,
  templateId: true,
  templateVersion: true,
  billableUnits: true,
  international: true,
  unsubscribeLink: true,
  createdAt: true,
  sentAt: true,
  updatedAt: true,
  scheduledFor: true,
  createdBy: { select: { name: true } },
} as const;

type RawRow = {
  id: string;
  clientReference: string | null;
  notificationType: NotificationType;
  to: string;
  status: Parameters<typeof fromDbStatus>[0];
  personalisation: string | null;
  templateId: string;
  templateVersion: number;
  billableUnits: number;
  international: boolean;
  unsubscribeLink: string | null;
  createdAt: Date;
  sentAt: Date | null;
  updatedAt: Date | null;
  scheduledFor: Date | null;
  createdBy: { name: string } | null;
};

/** Attaches the content of the template version each notification was sent with (one query for the page). */
async function withTemplateVersions(rows: RawRow[]): Promise<ApiNotificationRow[]> {
  if (rows.length === 0) return [];
  const versions = await findTemplateVersions(rows);
  return rows.map(({ createdBy, status, ...row }) => {
    const version = versions.get(templateVersionKey(row.templateId, row.templateVersion));
    return { ...row, status: fromDbStatus(status), subject: version?.subject ?? null, content: version?.content ?? "", createdByName: createdBy?.name ?? null };
  });
}

export async function findApiNotification(serviceId: string, id: string): Promise<ApiNotificationRow | null> {
  const row = await getDb().notification.findFirst({ where: { id, serviceId }, select: NOTIFICATION_SELECT });
  return row ? ((await withTemplateVersions([row]))[0] ?? null) : null;
}

export type ApiNotificationFilter = {
  keyType: KeyType;
  templateTypes?: NotificationType[];
  statuses?: NotificationStatusName[];
  reference?: string;
  olderThanId?: string;
  includeJobs: boolean;
  limit: number;
};

/** Newest first; `olderThanId` pages strictly before that notification (an unknown id gives nothing). */
export async function listApiNotifications(serviceId: string, filter: ApiNotificationFilter): Promise<ApiNotificationRow[]> {
  const db = getDb();
  let before: { createdAt: Date; id: string } | null = null;
  if (filter.olderThanId) {
    before = await db.notification.findFirst({ where: { id: filter.olderThanId, serviceId }, select: { createdAt: true, id: true } });
    if (!before) return [];
  }
  const rows = await db.notification.findMany({
    where: {
      serviceId,
      keyType: filter.keyType,
      ...(filter.includeJobs ? {} : { jobId: null }),
      ...(filter.templateTypes?.length ? { notificationType: { in: filter.templateTypes } } : {}),
      ...(filter.statuses?.length ? { status: { in: filter.statuses.map(toDbStatus) } } : {}),
      ...(filter.reference !== undefined ? { clientReference: filter.reference } : {}),
      ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit,
    select: NOTIFICATION_SELECT,
  });
  return withTemplateVersions(rows);
}

export type ApiTemplateRow = {
  id: string;
  name: string;
  templateType: TemplateType;
  subject: string | null;
  content: string;
  version: number;
  createdAt: Date;
  updatedAt: Date | null;
  createdByEmail: string;
};

const HISTORY_SELECT = { id: true, name: true, templateType: true, subject: true, content: true, version: true, createdAt: true, createdById: true } as const;

type HistoryRow = { id: string; name: string; templateType: TemplateType; subject: string | null; content: string; version: number; createdAt: Date; createdById: string };

/**
 * Every field but the template's own creation time comes from the version's history row, for one
 * template or a list alike: updated_at is when that version was saved (null for the first) and
 * created_by is who saved it.
 */
async function toApiTemplateRows(templates: readonly { id: string; createdAt: Date }[], versions: readonly HistoryRow[]): Promise<ApiTemplateRow[]> {
  const createdAt = new Map(templates.map((t) => [t.id, t.createdAt]));
  const userIds = [...new Set(versions.map((v) => v.createdById))];
  const users = new Map((await getDb().user.findMany({ where: { id: { in: userIds } }, select: { id: true, emailAddress: true } })).map((u) => [u.id, u.emailAddress]));
  return versions.map(({ createdById, createdAt: savedAt, ...version }) => ({
    ...version,
    createdAt: createdAt.get(version.id) ?? savedAt,
    updatedAt: version.version === 1 ? null : savedAt,
    createdByEmail: users.get(createdById) ?? "",
  }));
}

/** A template as of `version` (the current one when omitted); archived templates can still be fetched by id. */
export async function findApiTemplate(serviceId: string, templateId: string, version?: number): Promise<ApiTemplateRow | null> {
  const db = getDb();
  const template = await db.template.findFirst({ where: { id: templateId, serviceId, hidden: false }, select: { id: true, createdAt: true, version: true } });
  if (!template) return null;
  const history = await db.templateHistory.findUnique({ where: { id_version: { id: templateId, version: version ?? template.version } }, select: HISTORY_SELECT });
  if (!history) return null;
  return (await toApiTemplateRows([template], [history]))[0] ?? null;
}

/** The service's templates as of their current versions, by name. */
export async function listApiTemplates(serviceId: string, type?: TemplateType): Promise<ApiTemplateRow[]> {
  const db = getDb();
  const templates = await db.template.findMany({
    where: { serviceId, archived: false, hidden: false, ...(type ? { templateType: type } : {}) },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: { id: true, createdAt: true, version: true },
  });
  if (templates.length === 0) return [];
  const versions = await db.templateHistory.findMany({ where: { OR: templates.map((t) => ({ id: t.id, version: t.version })) }, select: HISTORY_SELECT });
  const byId = new Map(versions.map((v) => [v.id, v]));
  return toApiTemplateRows(templates, templates.flatMap((t) => byId.get(t.id) ?? []));
}

export type ApiInboundRow = { id: string; userNumber: string; notifyNumber: string; createdAt: Date; contentEncrypted: string };

export async function listApiInboundSms(serviceId: string, olderThanId: string | undefined, limit: number): Promise<ApiInboundRow[]> {
  const db = getDb();
  let before: { createdAt: Date; id: string } | null = null;
  if (olderThanId) {
    before = await db.inboundSms.findFirst({ where: { id: olderThanId, serviceId }, select: { createdAt: true, id: true } });
    if (!before) return [];
  }
  return db.inboundSms.findMany({
    where: { serviceId, ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, userNumber: true, notifyNumber: true, createdAt: true, contentEncrypted: true },
  });
}
