// One notification, prepared the same way whoever asks for it: the API, a one-off send from the
// portal, or a row of a spreadsheet. Given what the service allows and the template version, and a
// request (recipient, personalisation, sender), it returns the row to store, or every problem in
// the order Notify's API checks them. Callers only put the problems into their own words (API
// envelope, form errors, row errors). A new rule for every way of sending goes here.
import { checkFileValues, findFilePlaceholders, type CheckedFile } from "../documents/files";
import { EMAIL_ERRORS } from "../recipients/email";
import { isAllowedInTrialMode } from "../recipients/guest-list";
import { PHONE_ERRORS } from "../recipients/phone";
import { validateRecipient } from "../recipients/recipient";
import { findSuppression, suppressedMessage, type SuppressionList, type SuppressionReason } from "../recipients/suppression";
import { extractPlaceholders, fillPlaceholders, findMissingPlaceholders, indexPersonalisation, resolveOptionalBlocks, type Placeholder } from "../templates/placeholders";
import { EMPTY_MESSAGE_ERROR, smsTooLongMessage } from "../sms/segments";
import { emailTooLongMessage, renderEmail } from "../templates/render-email";
import { renderSms } from "../templates/render-sms";

export type Channel = "sms" | "email";

/** What the service allows (ServiceProfile has all of it). */
export type SendingService = {
  name: string;
  channels: readonly string[];
  prefixSms: boolean;
  defaultSmsSender: string | null;
  defaultReplyTo: string | null;
};

/** The template version being sent. */
export type SendingTemplate = { id: string; version: number; templateType: Channel; subject: string | null; content: string; archived: boolean };

export type SendingRules = {
  service: SendingService;
  template: SendingTemplate;
  /** The platform's text message sender, for services that have none of their own. */
  platformSmsSender: string | null;
};

export type NotificationRequest = {
  channel: Channel;
  recipient: string;
  /** Values by placeholder name, as given (names match placeholders case- and space-insensitively). */
  personalisation: Record<string, unknown>;
  /** The sender (text) or reply-to address (email) chosen for this message; the service's default when absent. */
  sender?: string | null;
  /** Who may receive it when not everyone may (trial mode, a team key): normalised team and guest list. */
  allowedRecipients: ReadonlySet<string> | null;
  /** The service's "do not send" list for this channel (opt-outs, bounces, complaints, added by the team); absent or null: none. */
  suppressed?: SuppressionList | null;
  /** Whether an empty value counts as missing (spreadsheet cells) or as a value (the API, as Notify). */
  isEmptyMissing?: boolean;
  /**
   * Files in personalisation ("send a file by email", the API only, as Notify: spreadsheets and
   * one-off sends have no way to give one). Absent: a file value is refused.
   */
  files?: FileSending;
};

export type FileSending = {
  /** Whether the service has contact details for its download page (Notify requires them). */
  isSetUp: boolean;
  /** The download link that replaces a checked file's placeholder (called only once the message is good). */
  link: (file: CheckedFile) => string;
};

export type NotificationProblem =
  | { code: "channel-not-allowed"; channel: Channel }
  | { code: "wrong-template-type"; templateType: Channel }
  | { code: "template-archived" }
  | { code: "files-not-allowed" }
  | { code: "file-not-email" }
  | { code: "files-not-set-up" }
  | { code: "file-invalid"; message: string }
  | { code: "missing-personalisation"; missing: Placeholder[] }
  | { code: "recipient-missing" }
  | { code: "recipient-invalid"; error: string }
  | { code: "international-not-allowed" }
  | { code: "recipient-not-allowed"; normalised: string }
  | { code: "recipient-suppressed"; normalised: string; reason: SuppressionReason }
  | { code: "empty-message" }
  | { code: "sms-too-long"; characterCount: number }
  | { code: "email-too-long"; byteLength: number };

export type ProblemCode = NotificationProblem["code"];

export type RenderedNotification =
  | { channel: "sms"; body: string; bodyWithoutPrefix: string }
  | { channel: "email"; subject: string; body: string };

/** Everything a stored notification takes from its request (the caller adds ids, key, job, reference). */
export type PreparedNotification = {
  notificationType: Channel;
  templateId: string;
  templateVersion: number;
  to: string;
  normalisedTo: string;
  international: boolean;
  billableUnits: number;
  replyToText: string | null;
  /** As given, except that each file is replaced by its download link. */
  personalisation: Record<string, unknown>;
  rendered: RenderedNotification;
  /** The files to store, each with the link the message carries. */
  documents: Array<CheckedFile & { url: string }>;
};

export type PreparedResult = { ok: true; notification: PreparedNotification } | { ok: false; problems: NotificationProblem[] };

/** The sender a message goes from when none is chosen: the service's default, else the platform's (texts). */
export function defaultSender(service: SendingService, channel: Channel, platformSmsSender: string | null): string | null {
  return channel === "sms" ? (service.defaultSmsSender ?? platformSmsSender) : service.defaultReplyTo;
}

export type RecipientProblem = Extract<NotificationProblem, { code: "recipient-missing" | "recipient-invalid" | "international-not-allowed" | "recipient-not-allowed" | "recipient-suppressed" }>;
export type ContentProblem = Extract<NotificationProblem, { code: "empty-message" | "sms-too-long" | "email-too-long" }>;

/**
 * The recipient rule: present, a valid number or address for the channel, international only where
 * allowed, allowed to receive it (trial mode), and not on the service's "do not send" list for the
 * sender used (`sender`: the text message sender or reply-to address; per-number opt-outs).
 */
export function checkNotificationRecipient(
  channel: Channel,
  raw: string,
  rules: { allowInternational: boolean; allowed: ReadonlySet<string> | null; suppressed?: SuppressionList | null; sender?: string | null },
): RecipientProblem | { normalised: string; isInternational: boolean } {
  if (!raw.trim()) return { code: "recipient-missing" };
  const result = validateRecipient(raw, channel, { allowInternationalSms: true });
  if (!result.ok) return { code: "recipient-invalid", error: result.error };
  if (result.isInternational && !rules.allowInternational) return { code: "international-not-allowed" };
  if (rules.allowed && !isAllowedInTrialMode(result.normalised, rules.allowed)) return { code: "recipient-not-allowed", normalised: result.normalised };
  const reason = findSuppression(rules.suppressed ?? null, result.normalised, rules.sender ?? null);
  if (reason) return { code: "recipient-suppressed", normalised: result.normalised, reason };
  return result;
}

export function isRecipientProblem(problem: NotificationProblem): problem is RecipientProblem {
  return (
    problem.code === "recipient-missing" || problem.code === "recipient-invalid" || problem.code === "international-not-allowed" || problem.code === "recipient-not-allowed" || problem.code === "recipient-suppressed"
  );
}

/**
 * The portal's words (forms and spreadsheets) for a recipient that isn't a valid one; who may be
 * sent to in trial mode is said differently on each page, so "recipient-not-allowed" isn't here.
 */
export function invalidRecipientMessage(problem: Exclude<RecipientProblem, { code: "recipient-not-allowed" }>, channel: Channel): string {
  if (problem.code === "recipient-invalid") return problem.error;
  if (problem.code === "recipient-suppressed") return suppressedMessage(channel, problem.reason);
  if (problem.code === "international-not-allowed") return PHONE_ERRORS.notUs;
  return channel === "sms" ? PHONE_ERRORS.required : EMAIL_ERRORS.required;
}

/** The name a service's texts start with, when it prefixes them. */
export function smsPrefixFor(service: Pick<SendingService, "name" | "prefixSms">): string | null {
  return service.prefixSms ? service.name : null;
}

/** The message as it will be sent, or why it can't be (empty, too long). */
export function renderNotification(
  template: Pick<SendingTemplate, "templateType" | "subject" | "content">,
  values: Map<string, unknown>,
  smsPrefix: string | null,
): { rendered: RenderedNotification; billableUnits: number } | ContentProblem {
  if (template.templateType === "sms") {
    const sms = renderSms(template.content, values, { prefix: smsPrefix });
    if (sms.count.isEmpty) return { code: "empty-message" };
    if (sms.count.isTooLong) return { code: "sms-too-long", characterCount: sms.count.characterCountWithoutPrefix };
    return { rendered: { channel: "sms", body: sms.body, bodyWithoutPrefix: sms.bodyWithoutPrefix }, billableUnits: sms.count.parts };
  }
  const email = renderEmail({ subject: template.subject ?? "", content: template.content }, values);
  if (!email.text.trim()) return { code: "empty-message" };
  if (email.isTooLong) return { code: "email-too-long", byteLength: email.bodyByteLength };
  return { rendered: { channel: "email", subject: email.subject, body: fillPlaceholders(resolveOptionalBlocks(template.content, values), values) }, billableUnits: 0 };
}

export function prepareNotification(rules: SendingRules, request: NotificationRequest): PreparedResult {
  const { service, template } = rules;
  const { channel } = request;
  // The service and template must allow the channel before anything about the message matters.
  if (!service.channels.includes(channel)) return { ok: false, problems: [{ code: "channel-not-allowed", channel }] };
  if (template.templateType !== channel) return { ok: false, problems: [{ code: "wrong-template-type", templateType: template.templateType }] };
  if (template.archived) return { ok: false, problems: [{ code: "template-archived" }] };

  // Files come next, as in Notify: each problem alone, in its order.
  const fileProblem = checkFiles(channel, request);
  if (fileProblem && "code" in fileProblem) return { ok: false, problems: [fileProblem] };

  const problems: NotificationProblem[] = [];
  const values = indexPersonalisation(request.personalisation);
  const missing = findMissingPlaceholders(extractPlaceholders(template.subject, template.content), values, { isEmptyMissing: request.isEmptyMissing });
  if (missing.length > 0) problems.push({ code: "missing-personalisation", missing });
  const recipient = checkNotificationRecipient(channel, request.recipient, {
    allowInternational: service.channels.includes("international_sms"),
    allowed: request.allowedRecipients,
    suppressed: request.suppressed,
    sender: request.sender ?? defaultSender(service, channel, rules.platformSmsSender),
  });
  if ("code" in recipient) problems.push(recipient);
  if (problems.length > 0 || "code" in recipient) return { ok: false, problems };

  const files = fileProblem?.files ?? [];
  const documents = files.map((file) => ({ ...file, url: request.files?.link(file) ?? "" }));
  const personalisation = documents.length === 0 ? request.personalisation : { ...request.personalisation, ...Object.fromEntries(documents.map((d) => [d.placeholder, d.url])) };
  const content = renderNotification(template, documents.length === 0 ? values : indexPersonalisation(personalisation), smsPrefixFor(service));
  if ("code" in content) return { ok: false, problems: [content] };
  return {
    ok: true,
    notification: {
      notificationType: channel,
      templateId: template.id,
      templateVersion: template.version,
      to: request.recipient.trim(),
      normalisedTo: recipient.normalised,
      international: recipient.isInternational,
      billableUnits: content.billableUnits,
      replyToText: request.sender ?? defaultSender(service, channel, rules.platformSmsSender),
      personalisation,
      rendered: content.rendered,
      documents,
    },
  };
}

/** The files in the request, checked; a problem when there are files that can't be sent; null when there are none. */
function checkFiles(channel: Channel, request: NotificationRequest): NotificationProblem | { files: CheckedFile[] } | null {
  if (findFilePlaceholders(request.personalisation).length === 0) return null;
  if (!request.files) return { code: "files-not-allowed" };
  if (channel !== "email") return { code: "file-not-email" };
  if (!request.files.isSetUp) return { code: "files-not-set-up" };
  const checked = checkFileValues(request.personalisation);
  return checked.ok ? { files: checked.files } : { code: "file-invalid", message: checked.message };
}

/** Notify's words for a message that can't be sent as it is (the same in the API and the portal). */
export function contentProblemMessage(problem: ContentProblem): string {
  if (problem.code === "empty-message") return EMPTY_MESSAGE_ERROR;
  return problem.code === "sms-too-long" ? smsTooLongMessage(problem.characterCount) : emailTooLongMessage(problem.byteLength);
}
