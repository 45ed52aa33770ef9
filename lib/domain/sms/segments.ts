// Counting an SMS the way carriers (and AWS's bill) do: GSM-7 when every character is in the GSM
// alphabet (extension characters cost two septets), otherwise UCS-2 (UTF-16 code units). A single
// message holds 160 septets / 70 units; longer ones are split into parts of 153 / 67, and a
// two-septet character or a surrogate pair is never split across parts.
import { ALL_GSM, downgradeCharacter, GSM_EXTENDED_PATTERN, isGsmBasic, isGsmExtended } from "./gsm";

/** Notify's limit: 918 characters (6 × 153) not counting the service-name prefix. */
export const SMS_CHARACTER_LIMIT = 918;

export type SmsEncoding = "gsm" | "ucs2";

export type SmsCount = {
  /** Characters as Notify counts them against the 918 limit (after downgrading). */
  characterCount: number;
  /** Septets (GSM) or UTF-16 code units (UCS-2) the carrier bills. */
  encodedLength: number;
  parts: number;
  encoding: SmsEncoding;
  /** Distinct characters that forced UCS-2, in order of appearance (empty for GSM). */
  unicodeCharacters: string[];
};

/** Replaces look-alike characters with GSM ones (smart quotes, dashes, ellipsis, NBSP, zero-width…). */
export function downgradeSmsText(text: string): string {
  if (ALL_GSM.test(text)) return text;
  let out = "";
  for (const char of text) out += downgradeCharacter(char) ?? char;
  return out;
}

function splitParts(units: number[], single: number, multi: number): number {
  const total = units.reduce((sum, u) => sum + u, 0);
  if (total === 0) return 0;
  if (total <= single) return 1;
  let parts = 1;
  let used = 0;
  for (const size of units) {
    if (used + size > multi) {
      parts += 1;
      used = 0;
    }
    used += size;
  }
  return parts;
}

/**
 * Counts an SMS body (prefix included if it will be sent). Downgrades look-alikes first, exactly
 * as sending does, so the count matches what is sent and billed.
 */
export function countSmsParts(text: string): SmsCount {
  const downgraded = downgradeSmsText(text);
  if (ALL_GSM.test(downgraded)) {
    // Fast path: every character is one UTF-16 unit; only extension characters need care.
    const extended = downgraded.match(GSM_EXTENDED_PATTERN)?.length ?? 0;
    const encodedLength = downgraded.length + extended;
    const parts =
      extended === 0
        ? encodedLength === 0 ? 0 : encodedLength <= 160 ? 1 : Math.ceil(encodedLength / 153)
        : splitParts(Array.from(downgraded, (c) => (isGsmExtended(c) ? 2 : 1)), 160, 153);
    return { characterCount: downgraded.length, encodedLength, parts, encoding: "gsm", unicodeCharacters: [] };
  }
  const chars = Array.from(downgraded);
  const unicode: string[] = [];
  const seen = new Set<string>();
  for (const char of chars) {
    if (!isGsmBasic(char) && !isGsmExtended(char) && !seen.has(char)) {
      seen.add(char);
      unicode.push(char);
    }
  }
  if (unicode.length === 0) {
    const septets = chars.map((c) => (isGsmExtended(c) ? 2 : 1));
    const encodedLength = septets.reduce((s, n) => s + n, 0);
    return { characterCount: chars.length, encodedLength, parts: splitParts(septets, 160, 153), encoding: "gsm", unicodeCharacters: [] };
  }
  const codeUnits = chars.map((c) => c.length);
  const encodedLength = downgraded.length;
  return { characterCount: chars.length, encodedLength, parts: splitParts(codeUnits, 70, 67), encoding: "ucs2", unicodeCharacters: unicode };
}

/** Notify's API message for a message over the limit. */
export function smsTooLongMessage(characterCount: number): string {
  return `Your message is too long. Text messages cannot be longer than ${SMS_CHARACTER_LIMIT} characters. Your message is ${characterCount} characters long.`;
}
