// An SMS as it will be sent: Notify's whitespace clean-up, look-alike characters downgraded to
// GSM, and the optional "Service name: " prefix. Counting (segments.ts) works on this output, so
// what the portal counts is what the provider receives.
import { downgradeSmsText } from "./gsm";

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const NEEDS_CLEANUP = /\s{2}|[ \t][,.]|[\t\r\n\u00A0\u202F\u200B\u200C\u200D\u2060\uFEFF\u2028\u2029]|^\s|\s$/;

/**
 * Notify's SMS whitespace rules: zero-width characters removed, no space before , or ., one space
 * between words on each line, at most one blank line in a row, nothing at either end.
 */
export function normaliseSmsWhitespace(text: string): string {
  if (!NEEDS_CLEANUP.test(text)) return text;
  return text
    .replace(ZERO_WIDTH, "")
    .replace(/[\u00A0\u202F]/g, " ")
    .replace(/[ \t]+([,.])/g, "$1")
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export type FormattedSms = {
  /** What the provider receives: prefix (if any) + body. */
  body: string;
  /** The body alone: what the API shows, and what the 918-character limit applies to. */
  bodyWithoutPrefix: string;
};

/**
 * Cleans up and downgrades SMS text and adds `"{prefix}: "` (the service name, when the service
 * prefixes its texts). An empty message gets no prefix, so it stays empty.
 */
export function formatSmsText(text: string, options: { prefix?: string | null } = {}): FormattedSms {
  const bodyWithoutPrefix = downgradeSmsText(normaliseSmsWhitespace(text));
  const prefix = options.prefix ? downgradeSmsText(normaliseSmsWhitespace(options.prefix)) : "";
  const body = prefix && bodyWithoutPrefix ? `${prefix}: ${bodyWithoutPrefix}` : bodyWithoutPrefix;
  return { body, bodyWithoutPrefix };
}
