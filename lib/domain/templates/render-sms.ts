// The text of an SMS as sent: values filled in as plain text, the optional service-name prefix,
// Notify's whitespace clean-up, then look-alike characters downgraded to GSM.
import { countSmsParts, downgradeSmsText, SMS_CHARACTER_LIMIT, smsTooLongMessage, type SmsCount } from "../sms/segments";
import { fillPlaceholders, indexPersonalisation, type Personalisation } from "./placeholders";

/** Notify's SMS whitespace rules: no space before , or .; one space between words; at most one blank line. */
const NEEDS_WHITESPACE_CLEANUP = /\s{2}|[ \t][,.]|[\t\r\n\u00A0\u202F\u200B\u200C\u200D\u2060\uFEFF]|^\s|\s$/;

export function normaliseSmsWhitespace(text: string): string {
  if (!NEEDS_WHITESPACE_CLEANUP.test(text)) return text;
  return text
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u00A0\u202F]/g, " ")
    .replace(/[ \t]+([,.])/g, "$1")
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export type RenderedSms = {
  /** What the provider receives: prefix + body, downgraded. */
  body: string;
  /** The body without the prefix (what the API shows as content.body). */
  bodyWithoutPrefix: string;
  count: SmsCount;
  /** Characters against the 918 limit (prefix not counted). */
  characterCountWithoutPrefix: number;
  isTooLong: boolean;
  isEmpty: boolean;
};

/**
 * Renders an SMS. `prefix` is the service name when the service prefixes its texts.
 * Unfilled placeholders stay as ((name)) (for previews); check for missing values before sending.
 */
export function renderSms(content: string, personalisation: Personalisation | Map<string, unknown>, options: { prefix?: string | null } = {}): RenderedSms {
  const values = personalisation instanceof Map ? personalisation : indexPersonalisation(personalisation);
  const bodyWithoutPrefix = downgradeSmsText(normaliseSmsWhitespace(fillPlaceholders(content, values)));
  const prefix = options.prefix?.trim();
  const body = prefix && bodyWithoutPrefix ? `${downgradeSmsText(normaliseSmsWhitespace(prefix))}: ${bodyWithoutPrefix}` : bodyWithoutPrefix;
  const count = countSmsParts(body);
  const characterCountWithoutPrefix = Array.from(bodyWithoutPrefix).length;
  return {
    body,
    bodyWithoutPrefix,
    count,
    characterCountWithoutPrefix,
    isTooLong: characterCountWithoutPrefix > SMS_CHARACTER_LIMIT,
    isEmpty: characterCountWithoutPrefix === 0,
  };
}

/** The first problem with a rendered SMS, in Notify's words, or null. */
export function smsContentError(rendered: RenderedSms): string | null {
  if (rendered.isEmpty) return "Your message is empty.";
  if (rendered.isTooLong) return smsTooLongMessage(rendered.characterCountWithoutPrefix);
  return null;
}
