// Sending one message from a template in the portal: who it goes to (trial mode allows only the
// team and the guest list), a value for each placeholder, a preview of exactly what will be sent,
// then send now or schedule. Every step is checked again when the message is finally sent.
import { insertAuditEvent } from "../../db/audit";
import { insertNotificationAndEnqueue } from "../../db/notifications";
import { dailyLimitKey, startOfUtcDay } from "../../domain/notifications/limits";
import { findServiceProfile, findUserContact, type ServiceProfile } from "../../db/services";
import { findTemplate, type TemplateRow } from "../../db/templates";
import { isAllowedInTrialMode } from "../../domain/recipients/guest-list";
import { validateRecipient } from "../../domain/recipients/recipient";
import { EMPTY_MESSAGE_ERROR, smsTooLongMessage } from "../../domain/sms/segments";
import { extractPlaceholders, type Placeholder } from "../../domain/templates/placeholders";
import { emailTooLongMessage } from "../../domain/templates/render-email";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { encrypt } from "../../security/encryption";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../services/service-access";
import { previewTemplate, type TemplatePreview } from "../templates/templates";
import { listAllowedRecipients } from "./allowed-recipients";
import { looksLikeId } from "../../domain/ids";

export const ONE_OFF_ERRORS = {
  trial: {
    sms: "You cannot send to this phone number. In trial mode you can only send to yourself, members of your team and your guest list",
    email: "You cannot send to this email address. In trial mode you can only send to yourself, members of your team and your guest list",
  },
  noOwnNumber: "There is no mobile number on your account. Enter a phone number, or add one in Your account",
  unknownPlaceholder: (name: string) => `‘${name}’ is not a placeholder in this template. Start again from the template.`,
  missingValue: (name: string) => `Enter ${name}`,
  archived: "This template has been deleted, so it cannot be used to send messages",
  inactive: "This service has been suspended, so it cannot send messages",
  dailyLimit: (limit: number) => `Your service has reached its daily limit of ${limit} messages. You can send more tomorrow.`,
} as const;

type Actor = { actor: SessionUser; serviceId: string; templateId: string };

export type OneOffContext = {
  profile: ServiceProfile;
  template: TemplateRow;
  channel: "sms" | "email";
  placeholders: Placeholder[];
  /** The user's own phone number (SMS) or email address, for "send yourself a test". */
  ownRecipient: string | null;
};

/** The template and service a one-off send uses; needs "Send messages". */
export async function getOneOffContext({ actor, serviceId, templateId }: Actor): Promise<OneOffContext> {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  const template = looksLikeId(templateId) ? await findTemplate(serviceId, templateId) : null;
  if (!template) throw new AppError("NOT_FOUND", "template not found");
  if (template.archived) throw new AppError("BAD_REQUEST", "template archived", { userMessage: ONE_OFF_ERRORS.archived });
  const profile = await findServiceProfile(serviceId);
  if (!profile) throw new AppError("NOT_FOUND", "service not found");
  const contact = await findUserContact(actor.userId);
  const channel = template.templateType;
  return {
    profile,
    template,
    channel,
    placeholders: extractPlaceholders(template.subject, template.content),
    ownRecipient: (channel === "sms" ? contact?.mobileNumber : contact?.emailAddress) ?? null,
  };
}

/** Checks the recipient: a valid number/address for the channel, and allowed while in trial mode. */
export async function checkRecipient(context: OneOffContext, raw: string): Promise<{ ok: true; normalised: string; isInternational: boolean } | { ok: false; error: string }> {
  const result = validateRecipient(raw, context.channel, { allowInternationalSms: context.profile.channels.includes("international_sms") });
  if (!result.ok) return result;
  if (context.profile.restricted) {
    const allowed = new Set(await listAllowedRecipients(context.profile.id));
    if (!isAllowedInTrialMode(result.normalised, allowed)) return { ok: false, error: ONE_OFF_ERRORS.trial[context.channel] };
  }
  return result;
}

/**
 * Reads placeholder values keyed by placeholder key. Values for names the template doesn't have
 * (a stale or forged form) are refused; missing or blank ones are reported per placeholder.
 */
export function checkValues(context: OneOffContext, values: Record<string, string>, options: { upTo?: number } = {}): { ok: true; values: Map<string, string> } | { ok: false; unknown?: string; missing: number[] } {
  const known = new Set(context.placeholders.map((p) => p.key));
  const unknown = Object.keys(values).find((key) => !known.has(key));
  if (unknown !== undefined) return { ok: false, unknown, missing: [] };
  const upTo = options.upTo ?? context.placeholders.length;
  const missing = context.placeholders.flatMap((p, index) => (index < upTo && !(values[p.key] ?? "").trim() ? [index] : []));
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, values: new Map(Object.entries(values)) };
}

/** The message exactly as it will be sent, or Notify's reason it can't be (too long, empty). */
export function previewOneOff(context: OneOffContext, values: Map<string, string>): { preview: TemplatePreview; error: string | null; parts: number } {
  const preview = previewTemplate(context.profile, context.template, values);
  if (preview.channel === "sms") {
    const error = preview.count.isEmpty ? EMPTY_MESSAGE_ERROR : preview.count.isTooLong ? smsTooLongMessage(preview.count.characterCountWithoutPrefix) : null;
    return { preview, error, parts: preview.count.parts };
  }
  return { preview, error: preview.bodyByteLength > 2_000_000 ? emailTooLongMessage(preview.bodyByteLength) : null, parts: 0 };
}

/** Sends (or schedules) the message after checking everything again. */
export async function sendOneOff({
  actor,
  serviceId,
  templateId,
  recipient,
  values,
  scheduledFor,
  now = new Date(),
}: Actor & { recipient: string; values: Record<string, string>; scheduledFor: Date | null; now?: Date }): Promise<{ notificationId: string }> {
  const context = await getOneOffContext({ actor, serviceId, templateId });
  if (!context.profile.active) throw new AppError("BAD_REQUEST", "service inactive", { userMessage: ONE_OFF_ERRORS.inactive });
  const to = await checkRecipient(context, recipient);
  if (!to.ok) throw new AppError("VALIDATION", "bad recipient", { fieldErrors: { recipient: to.error } });
  const checked = checkValues(context, values);
  if (!checked.ok) {
    if (checked.unknown !== undefined) throw new AppError("VALIDATION", "unknown placeholder", { userMessage: ONE_OFF_ERRORS.unknownPlaceholder(checked.unknown) });
    const fieldErrors = Object.fromEntries(checked.missing.map((i) => [`placeholder-${i}`, ONE_OFF_ERRORS.missingValue(context.placeholders[i]?.name ?? "a value")]));
    throw new AppError("VALIDATION", "missing values", { fieldErrors });
  }
  const { error, parts } = previewOneOff(context, checked.values);
  if (error) throw new AppError("VALIDATION", "message not sendable", { userMessage: error });
  const limit = context.channel === "sms" ? context.profile.smsMessageLimit : context.profile.emailMessageLimit;
  const env = getEnv();
  const isSms = context.channel === "sms";
  const inserted = await insertNotificationAndEnqueue(
    {
      serviceId,
      notificationType: context.channel,
      templateId,
      templateVersion: context.template.version,
      to: recipient.trim(),
      normalisedTo: to.normalised,
      personalisationEncrypted: encrypt(JSON.stringify(values), env.ENCRYPTION_KEY),
      createdById: actor.userId,
      billableUnits: isSms ? parts : 0,
      replyToText: (isSms ? (context.profile.defaultSmsSender ?? env.NOTIFY_SERVICE_SMS_SENDER) : context.profile.defaultReplyTo) ?? undefined,
      scheduledFor: scheduledFor ?? undefined,
    },
    isSms ? "send-sms" : "send-email",
    { dailyLimit: { key: dailyLimitKey(serviceId, context.channel), limit, day: startOfUtcDay(now) } },
  );
  if (!inserted.ok) throw new AppError("LIMIT_EXCEEDED", "daily limit", { userMessage: ONE_OFF_ERRORS.dailyLimit(limit) });
  const id = inserted.id;
  await insertAuditEvent({ eventType: scheduledFor ? "one-off-scheduled" : "one-off-sent", userId: actor.userId, serviceId, data: { notificationId: id, templateId } });
  return { notificationId: id };
}
