// What makes a template savable, in Notify's words: a name, a subject for emails, some content,
// no commas inside ((…)), and SMS content within 918 characters (placeholders counted as written,
// the service-name prefix not counted). Characters outside GSM are allowed (Notify.gov keeps them)
// but named, because they make every part shorter.
import { countSmsParts, smsCharactersTooManyMessage, type SmsCount } from "../sms/segments";
import { PLACEHOLDER_PATTERN } from "./placeholders";

export type TemplateChannel = "sms" | "email";

export const TEMPLATE_NAME_MAX = 255;

export const TEMPLATE_ERRORS = {
  name: "Enter a template name",
  nameTooLong: `Template name must be ${TEMPLATE_NAME_MAX} characters or fewer`,
  subject: "Enter a subject line",
  content: "Enter a message",
  commas: "You cannot put commas between double parenthesis",
  unbalanced: "Check your placeholders: each one needs two opening and two closing brackets, like ((name))",
} as const;

export type TemplateDraft = { channel: TemplateChannel; name: string; subject?: string | null; content: string };

export type TemplateFieldErrors = Partial<Record<"name" | "subject" | "content", string>>;

/**
 * Text tidied for storing: names and subjects trimmed, trailing space removed. Content keeps the
 * line endings it was submitted with (a browser sends "\r\n"): GOV.UK stores them, the API returns
 * them and the clients' tests expect them; rendering normalises them for sending.
 */
export function tidyTemplateDraft(draft: TemplateDraft): TemplateDraft {
  const content = draft.content.replace(/\s+$/, "");
  return {
    channel: draft.channel,
    name: draft.name.trim().replace(/\s+/g, " "),
    subject: draft.channel === "email" ? (draft.subject ?? "").replace(/\s+/g, " ").trim() : null,
    content,
  };
}

function hasCommaInPlaceholder(text: string): boolean {
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const body = match[1] ?? "";
    const name = body.split("??")[0] ?? "";
    if (name.includes(",")) return true;
  }
  return false;
}

/** A "((" with no "))" after it, or a "))" with no "((" before it: a placeholder typed wrongly. */
function hasUnbalancedBrackets(text: string): boolean {
  const withoutPlaceholders = text.replace(PLACEHOLDER_PATTERN, "");
  return withoutPlaceholders.includes("((") || withoutPlaceholders.includes("))");
}

/** The SMS counter for a template being written: prefix included in parts, not in the 918 limit. */
export function countTemplateSms(content: string, prefix: string | null): SmsCount {
  return countSmsParts(content, { prefix });
}

/** Problems with a (tidied) draft, keyed by field; empty when it can be saved. */
export function checkTemplateDraft(draft: TemplateDraft, options: { smsPrefix?: string | null } = {}): TemplateFieldErrors {
  const errors: TemplateFieldErrors = {};
  if (!draft.name) errors.name = TEMPLATE_ERRORS.name;
  else if (draft.name.length > TEMPLATE_NAME_MAX) errors.name = TEMPLATE_ERRORS.nameTooLong;
  if (draft.channel === "email") {
    const subject = draft.subject ?? "";
    if (!subject) errors.subject = TEMPLATE_ERRORS.subject;
    else if (hasCommaInPlaceholder(subject)) errors.subject = TEMPLATE_ERRORS.commas;
    else if (hasUnbalancedBrackets(subject)) errors.subject = TEMPLATE_ERRORS.unbalanced;
  }
  if (!draft.content.trim()) {
    errors.content = TEMPLATE_ERRORS.content;
  } else if (hasCommaInPlaceholder(draft.content)) {
    errors.content = TEMPLATE_ERRORS.commas;
  } else if (hasUnbalancedBrackets(draft.content)) {
    errors.content = TEMPLATE_ERRORS.unbalanced;
  } else if (draft.channel === "sms") {
    const count = countTemplateSms(draft.content, options.smsPrefix ?? null);
    if (count.isTooLong) errors.content = smsCharactersTooManyMessage(count.characterCountWithoutPrefix);
  }
  return errors;
}

/** "Will be charged as 2 text messages" (GSA wording), noting when placeholders may change it. */
export function describeSmsCharge(count: SmsCount, hasPlaceholders: boolean): string {
  const parts = Math.max(count.parts, 1);
  const base = `Will be charged as ${parts} text message${parts === 1 ? "" : "s"}`;
  return hasPlaceholders ? `${base} (not including personalization)` : base;
}

/** Names the characters that force Unicode, e.g. "ʃ and 😀 are not in the standard text message alphabet…". */
export function describeUnicodeCharacters(count: SmsCount): string | null {
  const chars = count.unicodeCharacters;
  if (chars.length === 0) return null;
  const listed = chars.length === 1 ? chars[0] : `${chars.slice(0, -1).join(", ")} and ${chars.at(-1)}`;
  const verb = chars.length === 1 ? "is" : "are";
  return `${listed} ${verb} not in the standard text message alphabet, so each part of this message can hold only 70 characters (67 when it is split)`;
}

/** The live counter's sentence: characters used and parts, or how far over the limit. */
export function describeSmsLength(count: SmsCount): string {
  if (count.isTooLong) return smsCharactersTooManyMessage(count.characterCountWithoutPrefix);
  const parts = Math.max(count.parts, 1);
  return `${count.characterCount} character${count.characterCount === 1 ? "" : "s"}, ${parts} text message${parts === 1 ? "" : "s"}`;
}
