// Applies a provider's delivery receipt to the notification it refers to, following Notify's
// status rules (no change after a final status; pending → permanent-failure is temporary-failure).
import { findNotificationByReference, updateNotificationStatus } from "../../db/notifications";
import { nextStatus, timestampForStatus, UPDATABLE_STATUSES, type NotificationStatusName } from "../../domain/notifications/status";
import { logger } from "../../logger";

export type ReceiptOutcome = "updated" | "ignored" | "unknown-reference";

export async function handleDeliveryReceipt(receipt: {
  provider: string;
  providerReference: string;
  status: NotificationStatusName;
  providerResponse?: string;
}): Promise<ReceiptOutcome> {
  const notification = await findNotificationByReference(receipt.providerReference);
  if (!notification) {
    logger.warn({ provider: receipt.provider }, "receipt for an unknown provider reference");
    return "unknown-reference";
  }
  const log = logger.child({ notificationId: notification.id });
  const change = nextStatus(notification.status, receipt.status);
  if (!change.ok) {
    log.info({ current: notification.status, requested: receipt.status, reason: change.reason }, "receipt ignored");
    return "ignored";
  }
  const isUpdated = await updateNotificationStatus(notification.id, UPDATABLE_STATUSES, change.status, {
    timestamp: timestampForStatus(change.status),
    providerResponse: receipt.providerResponse,
  });
  log.info({ status: change.status, isUpdated }, "delivery receipt applied");
  return isUpdated ? "updated" : "ignored";
}
