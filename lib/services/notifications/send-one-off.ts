// Sending one message from a template in the portal: who it goes to (trial mode allows only the
// team and the guest list), a value for each placeholder, a preview of exactly what will be sent,
// then send now or schedule. Every step is checked again when the message is finally sent.
import { laneForSend } from "../../domain/templates/categories";
import { insertAuditEvent } from "../../db/audit";
import { findSuppressionList } from "../../db/suppressions";
import { storeNotification } from "../../db/notification-writer";
import { findServiceProfile, findUserContact, type ServiceProfile } from "../../db/services";
import { findTemplate, type TemplateRow } from "../../db/templates";
import { looksLikeId } from "../../domain/ids";
import { FILE_ERRORS } from "../../domain/documents/files";
import { dailyAllowance } from "../../domain/notifications/limits";
import {
  checkNotificationRecipient,
  contentProblemMessage,
  defaultSender,
  invalidRecipientMessage,
  isRecipientProblem,
  prepareNotification,
  renderNotification,
  smsPrefixFor,
  type NotificationProblem,
  type RecipientProblem,
  type SendingRules,
} from "../../domain/notifications/prepare";
import { extractPlaceholders, type Placeholder } from "../../domain/templates/placeholders";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";
import { previewTemplate, type TemplatePreview } from "../templates/templates";
import { allowedRecipientsFor } from "./allowed-recipients";
import { notificationRow } from "./notification-row";
import type { EmailBrandingLayout } from "../../domain/templates/email-layout";
import { previewBrandingFor } from "../email-branding/brandings";

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
  /** The service's email branding, for the preview (null for texts or when it has none). */
  branding: EmailBrandingLayout | null;
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
    branding: await previewBrandingFor(serviceId, channel),
  };
}

/** The rules a one-off send is prepared with (lib/domain/notifications/prepare.ts). */
function sendingRules(context: OneOffContext): SendingRules {
  return { service: context.profile, template: context.template, platformSmsSender: getEnv().NOTIFY_SERVICE_SMS_SENDER ?? null };
}

/** What a one-off send checks its recipient against: trial mode and the service's "do not send" list. */
async function recipientRules(context: OneOffContext) {
  const [allowed, suppressed] = await Promise.all([allowedRecipientsFor(context.profile), findSuppressionList(context.profile.id, context.channel)]);
  return { allowed, suppressed };
}

/** The portal's words for a recipient who can't be sent to. */
function recipientMessage(problem: RecipientProblem, channel: "sms" | "email"): string {
  return problem.code === "recipient-not-allowed" ? ONE_OFF_ERRORS.trial[channel] : invalidRecipientMessage(problem, channel);
}

/** Checks the recipient: a valid number/address for the channel, and allowed while in trial mode. */
export async function checkRecipient(context: OneOffContext, raw: string): Promise<{ ok: true; normalised: string; isInternational: boolean } | { ok: false; error: string }> {
  const allowInternational = context.profile.channels.includes("international_sms");
  const rules = sendingRules(context);
  const sender = defaultSender(rules.service, context.channel, rules.platformSmsSender);
  const result = checkNotificationRecipient(context.channel, raw, { allowInternational, ...(await recipientRules(context)), sender });
  return "code" in result ? { ok: false, error: recipientMessage(result, context.channel) } : { ok: true, ...result };
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
  const preview = previewTemplate(context.profile, context.template, values, context.branding);
  const content = renderNotification(context.template, values, smsPrefixFor(context.profile));
  return "code" in content ? { preview, error: contentProblemMessage(content), parts: 0 } : { preview, error: null, parts: content.billableUnits };
}

/** A problem found when the message is finally sent (the form steps check the same rules first). */
function oneOffProblem(problem: NotificationProblem, context: OneOffContext): AppError {
  switch (problem.code) {
    case "recipient-missing":
    case "recipient-invalid":
    case "international-not-allowed":
    case "recipient-not-allowed":
    case "recipient-suppressed":
      return new AppError("VALIDATION", "bad recipient", { fieldErrors: { recipient: recipientMessage(problem, context.channel) } });
    case "missing-personalisation": {
      const keys = new Set(problem.missing.map((p) => p.key));
      const fieldErrors = Object.fromEntries(context.placeholders.flatMap((p, i) => (keys.has(p.key) ? [[`placeholder-${i}`, ONE_OFF_ERRORS.missingValue(p.name)]] : [])));
      return new AppError("VALIDATION", "missing values", { fieldErrors });
    }
    case "empty-message":
    case "sms-too-long":
    case "email-too-long":
      return new AppError("VALIDATION", "message not sendable", { userMessage: contentProblemMessage(problem) });
    case "channel-not-allowed":
    case "wrong-template-type":
    case "template-archived":
      return new AppError("BAD_REQUEST", problem.code, { userMessage: ONE_OFF_ERRORS.archived });
    // Form values are text, so a file can't arrive here (files are sent through the API only).
    case "files-not-allowed":
    case "file-not-email":
    case "files-not-set-up":
    case "file-invalid":
      return new AppError("BAD_REQUEST", problem.code, { userMessage: FILE_ERRORS.apiOnly });
  }
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
  const checked = checkValues(context, values);
  if (!checked.ok && checked.unknown !== undefined) throw new AppError("VALIDATION", "unknown placeholder", { userMessage: ONE_OFF_ERRORS.unknownPlaceholder(checked.unknown) });
  // Stored by placeholder name, as the API and spreadsheets store personalisation.
  const personalisation = Object.fromEntries(context.placeholders.map((p) => [p.name, values[p.key]]));
  const { allowed, suppressed } = await recipientRules(context);
  const prepared = prepareNotification(sendingRules(context), { channel: context.channel, recipient, personalisation, allowedRecipients: allowed, suppressed, isEmptyMissing: true });
  // The form asks for the recipient first, so a problem with it comes first.
  if (!prepared.ok) throw oneOffProblem(prepared.problems.find(isRecipientProblem) ?? (prepared.problems[0] as NotificationProblem), context);
  const allowance = dailyAllowance(serviceId, context.profile, context.channel, now);
  const inserted = await storeNotification(
    notificationRow(prepared.notification, { serviceId, createdById: actor.userId, scheduledFor: scheduledFor ?? undefined }),
    context.channel === "sms" ? "send-sms" : "send-email",
    { lane: laneForSend(context.template, "single"), dailyLimit: allowance },
  );
  if (!inserted.ok) throw new AppError("LIMIT_EXCEEDED", "daily limit", { userMessage: ONE_OFF_ERRORS.dailyLimit(allowance.limit) });
  const id = inserted.id;
  await insertAuditEvent({ eventType: scheduledFor ? "one-off-scheduled" : "one-off-sent", userId: actor.userId, serviceId, data: { notificationId: id, templateId } });
  return { notificationId: id };
}
