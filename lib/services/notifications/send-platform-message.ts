// Sends one of the platform's own messages (security codes, email confirmation, password reset,
// invitations) through the built-in Notify service, exactly like a service's message: it is
// stored, shows in that service's activity, and is delivered by the worker.
import { storeNotification } from "../../db/notification-writer";
import { findTemplateVersion } from "../../db/notifications";
import { NOTIFY_SERVICE_ID, PLATFORM_TEMPLATES, type PlatformTemplateName } from "../../domain/platform-templates";
import { getEnv } from "../../env";
import { logger } from "../../logger";
import { encrypt } from "../../security/encryption";

export async function sendPlatformMessage(
  name: PlatformTemplateName,
  message: { to: string; personalisation: Record<string, string>; createdById?: string },
): Promise<{ notificationId: string }> {
  const env = getEnv();
  const template = PLATFORM_TEMPLATES[name];
  const current = await findTemplateVersion(NOTIFY_SERVICE_ID, template.id);
  if (!current) throw new Error(`The built-in Notify service has no template ${name}; run npm run db:migrate`);
  const isSms = template.type === "sms";
  const inserted = await storeNotification(
    {
      serviceId: NOTIFY_SERVICE_ID,
      notificationType: template.type,
      templateId: template.id,
      templateVersion: current.version,
      to: message.to,
      normalisedTo: isSms ? message.to : message.to.toLowerCase(),
      personalisationEncrypted: encrypt(JSON.stringify(message.personalisation), env.ENCRYPTION_KEY),
      createdById: message.createdById,
      replyToText: isSms ? env.NOTIFY_SERVICE_SMS_SENDER : env.NOTIFY_SERVICE_REPLY_TO,
    },
    isSms ? "send-sms" : "send-email",
    // The platform's own codes and links never wait behind a service's messages.
    { lane: "priority" },
  );
  if (!inserted.ok) throw new Error(`platform message not stored: ${inserted.reason}`);
  const id = inserted.id;
  if (env.EMAIL_PROVIDER === "local" || env.SMS_PROVIDER === "local") {
    logger.info({ notificationId: id, template: name }, `platform message queued; with the local provider, read it at ${env.NOTIFY_BASE_URL}/outbox`);
  }
  return { notificationId: id };
}
