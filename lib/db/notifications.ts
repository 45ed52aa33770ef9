// Notification rows: reads and writes for the sending pipeline. Every tenant query takes serviceId
// except the worker's, which are keyed by notification id or provider reference (ids come from
// jobs we enqueued ourselves).
import type { NotificationStatusName, StatusTimestamp } from "../domain/notifications/status";
import { getDb } from "./client";
import type { KeyType, NotificationType } from "./generated/client";
import { fromDbStatus, toDbStatus } from "./status-names";

export type NotificationForDelivery = {
  id: string;
  serviceId: string;
  notificationType: NotificationType;
  to: string;
  normalisedTo: string | null;
  status: NotificationStatusName;
  personalisation: string | null;
  keyType: KeyType;
  replyToText: string | null;
  template: { id: string; version: number; subject: string | null; content: string };
  service: { id: string; name: string; active: boolean; emailFrom: string; prefixSms: boolean };
};

/** Everything the worker needs to send one notification, using the template version it was created with. */
export async function findNotificationForDelivery(id: string): Promise<NotificationForDelivery | null> {
  const db = getDb();
  const row = await db.notification.findUnique({
    where: { id },
    select: {
      id: true,
      serviceId: true,
      notificationType: true,
      to: true,
      normalisedTo: true,
      status: true,
      personalisation: true,
      keyType: true,
      replyToText: true,
      templateId: true,
      templateVersion: true,
      service: { select: { id: true, name: true, active: true, emailFrom: true, prefixSms: true } },
    },
  });
  if (!row) return null;
  const version = await db.templateHistory.findUnique({
    where: { id_version: { id: row.templateId, version: row.templateVersion } },
    select: { subject: true, content: true },
  });
  const template =
    version ?? (await db.template.findUnique({ where: { id: row.templateId }, select: { subject: true, content: true } }));
  if (!template) return null;
  return {
    ...row,
    status: fromDbStatus(row.status),
    template: { id: row.templateId, version: row.templateVersion, subject: template.subject, content: template.content },
  };
}

export type CreateNotificationRow = {
  id?: string;
  serviceId: string;
  notificationType: NotificationType;
  templateId: string;
  templateVersion: number;
  to: string;
  normalisedTo?: string;
  personalisationEncrypted?: string;
  keyType?: KeyType;
  apiKeyId?: string;
  jobId?: string;
  jobRowNumber?: number;
  clientReference?: string;
  createdById?: string;
  billableUnits?: number;
  replyToText?: string;
  /** A scheduled send: the worker picks the job up at this time. */
  scheduledFor?: Date;
};

/**
 * Moves a notification to `status` only if it is still in one of `fromStatuses` (a compare-and-set,
 * so two workers or a late receipt can't overwrite each other). Returns whether it changed.
 */
export async function updateNotificationStatus(
  id: string,
  fromStatuses: readonly NotificationStatusName[],
  status: NotificationStatusName,
  fields: { timestamp?: StatusTimestamp; reference?: string; sentBy?: string; billableUnits?: number; providerResponse?: string } = {},
): Promise<boolean> {
  const { timestamp, ...rest } = fields;
  const result = await getDb().notification.updateMany({
    where: { id, status: { in: fromStatuses.map(toDbStatus) } },
    data: { ...rest, status: toDbStatus(status), ...(timestamp ? { [timestamp]: new Date() } : {}) },
  });
  return result.count === 1;
}

export async function findNotificationByReference(reference: string): Promise<{ id: string; status: NotificationStatusName } | null> {
  const row = await getDb().notification.findFirst({ where: { reference }, select: { id: true, status: true } });
  return row ? { id: row.id, status: fromDbStatus(row.status) } : null;
}

/**
 * Creates a notification and queues its delivery in one transaction (graphile-worker's add_job in
 * SQL), so there is never a notification without its job or a job without its notification.
 */
export async function insertNotificationAndEnqueue(row: CreateNotificationRow, task: "send-sms" | "send-email"): Promise<{ id: string }> {
  const { personalisationEncrypted, ...rest } = row;
  return getDb().$transaction(async (tx) => {
    const created = await tx.notification.create({ data: { ...rest, personalisation: personalisationEncrypted }, select: { id: true } });
    const runAt = row.scheduledFor ?? null;
    await tx.$executeRaw`SELECT graphile_worker.add_job(${task}::text, json_build_object('notificationId', ${created.id}::text), run_at := ${runAt}::timestamptz, job_key := ${`send:${created.id}`}::text)`;
    return created;
  });
}

export async function findTemplateVersion(serviceId: string, templateId: string): Promise<{ version: number; templateType: "sms" | "email" } | null> {
  return getDb().template.findFirst({ where: { id: templateId, serviceId }, select: { version: true, templateType: true } });
}

/** Messages a service has created since `since` on a channel (test-key messages don't count), for daily limits. */
export async function countNotificationsSince(serviceId: string, notificationType: NotificationType, since: Date): Promise<number> {
  return getDb().notification.count({ where: { serviceId, notificationType, createdAt: { gte: since }, keyType: { not: "test" } } });
}

export type NotificationDetail = {
  id: string;
  notificationType: NotificationType;
  to: string;
  status: NotificationStatusName;
  personalisation: string | null;
  templateId: string;
  templateVersion: number;
  templateName: string;
  subject: string | null;
  content: string;
  replyToText: string | null;
  keyType: KeyType;
  createdAt: Date;
  scheduledFor: Date | null;
  sentAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
  createdById: string | null;
  createdByName: string | null;
  jobId: string | null;
  apiKeyName: string | null;
};

/** One notification of this service, with the template version it was sent with. */
export async function findNotificationForService(serviceId: string, id: string): Promise<NotificationDetail | null> {
  const db = getDb();
  const row = await db.notification.findFirst({
    where: { id, serviceId },
    select: {
      id: true,
      notificationType: true,
      to: true,
      status: true,
      personalisation: true,
      templateId: true,
      templateVersion: true,
      replyToText: true,
      keyType: true,
      createdAt: true,
      scheduledFor: true,
      sentAt: true,
      deliveredAt: true,
      failedAt: true,
      jobId: true,
      createdById: true,
      createdBy: { select: { name: true } },
      apiKey: { select: { name: true } },
      template: { select: { name: true, subject: true, content: true } },
    },
  });
  if (!row) return null;
  const version = await db.templateHistory.findUnique({ where: { id_version: { id: row.templateId, version: row.templateVersion } }, select: { name: true, subject: true, content: true } });
  const template = version ?? row.template;
  const { createdBy, apiKey, template: _current, ...rest } = row;
  return {
    ...rest,
    status: fromDbStatus(row.status),
    templateName: template.name,
    subject: template.subject,
    content: template.content,
    createdByName: createdBy?.name ?? null,
    apiKeyName: apiKey?.name ?? null,
  };
}
