// One notification for the portal's message page: status, what was sent (rendered from the
// template version it used, with its personalisation decrypted), to whom, when and by whom.
import { findNotificationForService } from "../../db/notifications";
import { findServiceProfile } from "../../db/services";
import { isFailure, isSettled, statusLabel } from "../../domain/notifications/status-labels";
import { hasUiPermission } from "../../domain/permissions";
import { indexPersonalisation } from "../../domain/templates/placeholders";
import { encryptionKeys } from "../../env";
import { AppError } from "../../errors";
import { decrypt } from "../../security/encryption";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";
import { previewTemplate } from "../templates/templates";
import { looksLikeId } from "../../domain/ids";
import { previewBrandingFor } from "../email-branding/brandings";

/** Members who can see activity see every message; others only the ones they sent themselves. */
export async function getNotification({ actor, serviceId, notificationId, now = new Date() }: { actor: SessionUser; serviceId: string; notificationId: string; now?: Date }) {
  const access = await requireServiceAccess({ actor, serviceId });
  const row = looksLikeId(notificationId) ? await findNotificationForService(serviceId, notificationId) : null;
  if (!row) throw new AppError("NOT_FOUND", "notification not found");
  if (!hasUiPermission(access.permissions, "view_activity") && row.createdById !== actor.userId) throw new AppError("NOT_FOUND", "not visible");
  const profile = await findServiceProfile(serviceId);
  if (!profile) throw new AppError("NOT_FOUND", "service not found");
  const personalisation = row.personalisation ? (JSON.parse(decrypt(row.personalisation, encryptionKeys())) as Record<string, unknown>) : {};
  const branding = await previewBrandingFor(serviceId, row.notificationType);
  const preview = previewTemplate(profile, { templateType: row.notificationType, subject: row.subject, content: row.content }, indexPersonalisation(personalisation), branding);
  return {
    notification: row,
    preview: row.replyToText && preview.channel === "sms" ? { ...preview, sender: row.replyToText } : row.replyToText && preview.channel === "email" ? { ...preview, replyTo: row.replyToText } : preview,
    statusLabel: statusLabel(row.status, row.notificationType, { scheduledFor: row.scheduledFor, now }),
    isSettled: isSettled(row.status),
    isFailure: isFailure(row.status),
  };
}
