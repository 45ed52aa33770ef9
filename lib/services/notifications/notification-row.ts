// The row every way of sending stores for a prepared notification (lib/domain/notifications/
// prepare.ts): its fields as prepared, its personalisation encrypted, plus what only the caller
// knows (id, API key, job row, who sent it, reference, schedule).
import type { CreateNotificationRow } from "../../db/notifications";
import type { PreparedNotification } from "../../domain/notifications/prepare";
import { getEnv } from "../../env";
import { encrypt } from "../../security/encryption";

export type NotificationRowExtras = Omit<CreateNotificationRow, keyof PreparedNotification | "normalisedTo" | "personalisationEncrypted" | "serviceId"> & { serviceId: string };

export function notificationRow(prepared: PreparedNotification, extras: NotificationRowExtras, encryptionKey = getEnv().ENCRYPTION_KEY): CreateNotificationRow & { personalisationEncrypted: string } {
  return {
    ...extras,
    notificationType: prepared.notificationType,
    templateId: prepared.templateId,
    templateVersion: prepared.templateVersion,
    to: prepared.to,
    normalisedTo: prepared.normalisedTo,
    personalisationEncrypted: encrypt(JSON.stringify(prepared.personalisation), encryptionKey),
    billableUnits: prepared.billableUnits,
    replyToText: prepared.replyToText ?? undefined,
    international: prepared.international,
  };
}
