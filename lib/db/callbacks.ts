// Service callbacks (service_callback_api): which notifications have a delivery-status callback to
// send, the callback's URL and encrypted bearer token, and queuing callback jobs in bulk.
import type { NotificationStatusName } from "../domain/notifications/status";
import { getDb, Prisma } from "./client";
import type { CallbackType, NotificationType } from "./generated/client";
import { fromDbStatus } from "./status-names";
import { addJobSql } from "../jobs/queue-sql";
import type { TaskName } from "../jobs/payloads";

export const DELIVERY_STATUS_CALLBACK_TASK = "send-delivery-status" satisfies TaskName;
export const COMPLAINT_CALLBACK_TASK = "send-complaint" satisfies TaskName;

/**
 * Queues one delivery-status callback job per notification whose service has a delivery-status
 * callback, in a single statement. The job key makes a second queue for the same status a no-op
 * replacement rather than a second POST. Returns how many were queued.
 */
export async function queueDeliveryStatusCallbacks(notificationIds: readonly string[]): Promise<number> {
  if (notificationIds.length === 0) return 0;
  const rows = await getDb().$queryRaw<{ queued: bigint }[]>`
    SELECT count(${Prisma.raw(addJobSql(DELIVERY_STATUS_CALLBACK_TASK, { notificationId: "n.id::text" }, { maxAttempts: 3, jobKey: "'callback:' || n.id::text || ':' || n.notification_status::text" }))}) AS queued
      FROM notifications n
      JOIN service_callback_api c ON c.service_id = n.service_id AND c.callback_type = 'delivery_status'
     WHERE n.id = ANY(${[...notificationIds]}::uuid[])`;
  return Number(rows[0]?.queued ?? 0);
}

/** Queues a complaint callback per complaint whose service has a complaint callback. */
export async function queueComplaintCallbacks(complaintIds: readonly string[]): Promise<number> {
  if (complaintIds.length === 0) return 0;
  const rows = await getDb().$queryRaw<{ queued: bigint }[]>`
    SELECT count(${Prisma.raw(addJobSql(COMPLAINT_CALLBACK_TASK, { complaintId: "k.id::text" }, { maxAttempts: 3, jobKey: "'complaint:' || k.id::text" }))}) AS queued
      FROM complaints k
      JOIN service_callback_api c ON c.service_id = k.service_id AND c.callback_type = 'complaint'
     WHERE k.id = ANY(${[...complaintIds]}::uuid[])`;
  return Number(rows[0]?.queued ?? 0);
}

export type ServiceCallback = { url: string; bearerTokenEncrypted: string };

export async function findServiceCallback(serviceId: string, callbackType: CallbackType): Promise<ServiceCallback | null> {
  return getDb().serviceCallbackApi.findUnique({
    where: { serviceId_callbackType: { serviceId, callbackType } },
    select: { url: true, bearerTokenEncrypted: true },
  });
}

export type NotificationForCallback = {
  id: string;
  serviceId: string;
  clientReference: string | null;
  to: string;
  status: NotificationStatusName;
  createdAt: Date;
  updatedAt: Date | null;
  sentAt: Date | null;
  notificationType: NotificationType;
  templateId: string;
  templateVersion: number;
};

export async function findNotificationForCallback(id: string): Promise<NotificationForCallback | null> {
  const row = await getDb().notification.findUnique({
    where: { id },
    select: { id: true, serviceId: true, clientReference: true, to: true, status: true, createdAt: true, updatedAt: true, sentAt: true, notificationType: true, templateId: true, templateVersion: true },
  });
  return row ? { ...row, status: fromDbStatus(row.status) } : null;
}

export type ComplaintForCallback = {
  id: string;
  serviceId: string;
  notificationId: string;
  complaintDate: Date;
  notification: { clientReference: string | null; to: string };
};

export async function findComplaintForCallback(id: string): Promise<ComplaintForCallback | null> {
  return getDb().complaint.findUnique({
    where: { id },
    select: { id: true, serviceId: true, notificationId: true, complaintDate: true, notification: { select: { clientReference: true, to: true } } },
  });
}

/** Stores (or replaces) a service's callback; the token must already be encrypted. For the admin and tests. */
export async function upsertServiceCallback(serviceId: string, callbackType: CallbackType, url: string, bearerTokenEncrypted: string): Promise<void> {
  await getDb().serviceCallbackApi.upsert({
    where: { serviceId_callbackType: { serviceId, callbackType } },
    create: { serviceId, callbackType, url, bearerTokenEncrypted },
    update: { url, bearerTokenEncrypted },
  });
}
