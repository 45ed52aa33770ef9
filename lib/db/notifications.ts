// Notification rows: reads and writes for the sending pipeline. Every tenant query takes serviceId
// except the worker's, which are keyed by notification id or provider reference (ids come from
// jobs we enqueued ourselves).
import type { NotificationStatusName, StatusTimestamp } from "../domain/notifications/status";
import { getDb } from "./client";
import { getPool, inTransaction } from "./pool";
import { insertDocumentRows, type NewDocumentRow } from "./documents";
import type { Pool, PoolClient } from "pg";
import { uuidv7 } from "../security/random";
import type { KeyType, NotificationType } from "./generated/client";
import { fromDbStatus, toDbStatus } from "./status-names";
import type { DailyAllowance } from "../domain/notifications/limits";
import { lanePriority, type Lane } from "../jobs/lanes";

type Queryable = Pick<Pool | PoolClient, "query">;
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
  /** The sender's one-click unsubscribe URL (emails sent through the API with one). */
  unsubscribeLink: string | null;
  /** Set once handed to a provider (status sending and on): a re-run uses them to finish an interrupted send. */
  reference?: string | null;
  sentBy?: string | null;
  /** hasUnsubscribeLink: the version's "Add an unsubscribe link" setting (emails carry our link). */
  template: { id: string; version: number; subject: string | null; content: string; hasUnsubscribeLink: boolean };
  service: { id: string; name: string; active: boolean; emailFrom: string; prefixSms: boolean };
};

/** The notification columns delivery needs (one at a time here, in batches in delivery.ts). */
export const DELIVERY_SELECT = {
  id: true,
  serviceId: true,
  notificationType: true,
  to: true,
  normalisedTo: true,
  status: true,
  personalisation: true,
  keyType: true,
  replyToText: true,
  unsubscribeLink: true,
  reference: true,
  sentBy: true,
  templateId: true,
  templateVersion: true,
  service: { select: { id: true, name: true, active: true, emailFrom: true, prefixSms: true } },
} as const;

/** Everything the worker needs to send one notification, using the template version it was created with. */
export async function findNotificationForDelivery(id: string): Promise<NotificationForDelivery | null> {
  const db = getDb();
  const row = await db.notification.findUnique({
    where: { id },
    select: DELIVERY_SELECT,
  });
  if (!row) return null;
  const version = await db.templateHistory.findUnique({
    where: { id_version: { id: row.templateId, version: row.templateVersion } },
    select: { subject: true, content: true, hasUnsubscribeLink: true },
  });
  const template =
    version ?? (await db.template.findUnique({ where: { id: row.templateId }, select: { subject: true, content: true, hasUnsubscribeLink: true } }));
  if (!template) return null;
  return {
    ...row,
    status: fromDbStatus(row.status),
    template: { id: row.templateId, version: row.templateVersion, subject: template.subject, content: template.content, hasUnsubscribeLink: template.hasUnsubscribeLink },
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
  unsubscribeLink?: string;
  /** A scheduled send: the worker picks the job up at this time. */
  scheduledFor?: Date;
  international?: boolean;
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

/** A per-service, per-channel daily counter checked and incremented with the insert (race-free). */
export type DailyLimitCheck = DailyAllowance;

/** The stored first response for an Idempotency-Key, written in the same transaction as the send. */
export type IdempotencyRecord = { serviceId: string; key: string; requestHash: string; responseStatus: number; responseBody: string };

export type InsertOutcome = { ok: true; id: string } | { ok: false; reason: "daily-limit" } | { ok: false; reason: "replay"; record: { requestHash: string; responseStatus: number; responseBody: string } };

/** A new notification as the notifications table's JSON row (what the database functions take). */
export function notificationRecord(row: CreateNotificationRow & { id: string }) {
  return {
    id: row.id,
    service_id: row.serviceId,
    notification_type: row.notificationType,
    template_id: row.templateId,
    template_version: row.templateVersion,
    to: row.to,
    normalised_to: row.normalisedTo ?? null,
    personalisation: row.personalisationEncrypted ?? null,
    notification_status: "created",
    key_type: row.keyType ?? "normal",
    api_key_id: row.apiKeyId ?? null,
    job_id: row.jobId ?? null,
    job_row_number: row.jobRowNumber ?? null,
    client_reference: row.clientReference ?? null,
    created_by_id: row.createdById ?? null,
    billable_units: row.billableUnits ?? 0,
    international: row.international ?? false,
    reply_to_text: row.replyToText ?? null,
    unsubscribe_link: row.unsubscribeLink ?? null,
    scheduled_for: row.scheduledFor ? row.scheduledFor.toISOString().replace("Z", "") : null,
  };
}

/** A notification's row with the lane its delivery job is queued in (read by notify_create_notification(s), not stored). */
export function queuedNotificationRecord(row: CreateNotificationRow & { id: string }, lane: Lane) {
  return { ...notificationRecord(row), queue_lane: lane, queue_priority: lanePriority(lane) };
}

/** Counter rows per daily allowance: concurrent sends lock different rows instead of queueing on one. */
export const DAILY_SHARDS = 16;

/**
 * Creates a notification and queues its delivery in one database call (the
 * notify_create_notification function: one statement, so all or nothing), so there is never a
 * notification without its job or a job without its notification. With `dailyLimit`, one is taken
 * from the day's allowance, split across DAILY_SHARDS capped counter rows (the caps add up to the
 * limit, so it can never be passed, and concurrent sends rarely wait on each other). With
 * `idempotency`, the key is claimed first: a request that loses the race gets the winner's
 * stored response instead.
 */
export async function insertNotificationAndEnqueue(
  row: CreateNotificationRow,
  task: "send-sms" | "send-email",
  options: { lane?: Lane; dailyLimit?: DailyLimitCheck; idempotency?: IdempotencyRecord; documents?: NewDocumentRow[] } = {},
): Promise<InsertOutcome> {
  const id = row.id ?? uuidv7();
  const notification = queuedNotificationRecord({ ...row, id }, options.lane ?? "normal");
  const daily = options.dailyLimit;
  const claim = options.idempotency;
  const documents = options.documents ?? [];
  try {
    const create = (query: Queryable) => query.query<{ outcome: "ok" | "replay"; replay_hash: string; replay_status: number; replay_body: string }>(
      `SELECT * FROM notify_create_notification($1::jsonb, $2, $3::timestamptz, $4, $5, $6::timestamp, $7, $8, $9, $10, $11)`,
      [
        JSON.stringify(notification),
        task,
        row.scheduledFor ?? null,
        daily?.key ?? null,
        daily?.limit ?? null,
        daily ? daily.day.toISOString().replace("Z", "") : null,
        DAILY_SHARDS,
        claim?.key ?? null,
        claim?.requestHash ?? null,
        claim?.responseStatus ?? null,
        claim?.responseBody ?? null,
      ],
    );
    // Files sent with it are recorded in the same transaction: a refused send records none.
    const { rows } =
      documents.length === 0
        ? await create(getPool())
        : await inTransaction(async (client) => {
            const created = await create(client);
            if (created.rows[0]?.outcome !== "replay") await insertDocumentRows(client, documents.map((d) => ({ ...d, notificationId: id, serviceId: row.serviceId })));
            return created;
          });
    const result = rows[0];
    if (result?.outcome === "replay") return { ok: false, reason: "replay", record: { requestHash: result.replay_hash, responseStatus: result.replay_status, responseBody: result.replay_body } };
    return { ok: true, id };
  } catch (error) {
    if ((error as { code?: string }).code === "NT001") return { ok: false, reason: "daily-limit" };
    throw error;
  }
}

/** A stored Idempotency-Key response from the last 24 hours, if any. */
export async function findIdempotencyRecord(serviceId: string, key: string, now = new Date()) {
  return getDb().apiIdempotencyKey.findFirst({
    where: { serviceId, key, createdAt: { gt: new Date(now.getTime() - 86_400_000) } },
    select: { requestHash: true, responseStatus: true, responseBody: true },
  });
}

export async function findTemplateVersion(serviceId: string, templateId: string): Promise<{ version: number; templateType: "sms" | "email" } | null> {
  return getDb().template.findFirst({ where: { id: templateId, serviceId }, select: { version: true, templateType: true } });
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
