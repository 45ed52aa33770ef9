// Notification status rules (Notify's): which statuses are final, which may still change, and
// the timestamp column each status sets. Pure; used by the worker, receipts and the API.

export const NOTIFICATION_STATUSES = [
  "created",
  "sending",
  "pending",
  "sent",
  "delivered",
  "temporary-failure",
  "permanent-failure",
  "technical-failure",
  "failed",
  "cancelled",
  "validation-failed",
  "pending-virus-check",
  "virus-scan-failed",
] as const;

export type NotificationStatusName = (typeof NOTIFICATION_STATUSES)[number];

/** A status update is applied only while the notification is in one of these. */
export const UPDATABLE_STATUSES: readonly NotificationStatusName[] = ["created", "sending", "pending", "sent", "pending-virus-check"];

/** Notify's completed_types: the API reports completed_at only for these. */
export const COMPLETED_STATUSES: readonly NotificationStatusName[] = [
  "sent",
  "delivered",
  "failed",
  "technical-failure",
  "temporary-failure",
  "permanent-failure",
  "cancelled",
];

export type StatusTimestamp = "sentAt" | "pendingAt" | "deliveredAt" | "failedAt" | "cancelledAt";

const TIMESTAMP_FOR: Partial<Record<NotificationStatusName, StatusTimestamp>> = {
  sending: "sentAt",
  pending: "pendingAt",
  sent: "deliveredAt",
  delivered: "deliveredAt",
  "temporary-failure": "failedAt",
  "permanent-failure": "failedAt",
  "technical-failure": "failedAt",
  failed: "failedAt",
  cancelled: "cancelledAt",
};

export function timestampForStatus(status: NotificationStatusName): StatusTimestamp | undefined {
  return TIMESTAMP_FOR[status];
}

export type StatusChange = { ok: true; status: NotificationStatusName } | { ok: false; reason: "final" | "same" };

/**
 * Decides what a receipt or task may do to a notification's status. A receipt never downgrades:
 * once final, later updates are ignored (they are duplicates or arrive out of order), and a
 * `pending` message that fails permanently is recorded as `temporary-failure`, as Notify does.
 */
export function nextStatus(current: NotificationStatusName, requested: NotificationStatusName): StatusChange {
  if (current === requested) return { ok: false, reason: "same" };
  if (!UPDATABLE_STATUSES.includes(current)) return { ok: false, reason: "final" };
  if (current === "pending" && requested === "permanent-failure") return { ok: true, status: "temporary-failure" };
  return { ok: true, status: requested };
}
