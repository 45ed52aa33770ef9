// Counting an SMS the way carriers (and AWS's bill) do: GSM-7 when every character is in the GSM
// alphabet (extension characters cost two septets), otherwise UCS-2 (UTF-16 code units). A single
// message holds 160 septets / 70 units; longer ones are split into parts of 153 / 67, and a
// two-septet character or a surrogate pair is never split across parts.
import { formatSmsText, type FormattedSms } from "./format";
import { ALL_GSM, isGsmBasic, isGsmExtended } from "./gsm";

/** Notify's limit: 918 characters (6 × 153), not counting the service-name prefix. */
export const SMS_CHARACTER_LIMIT = 918;

export const SMS_PART_SIZES = {
  gsm: { single: 160, multi: 153 },
  ucs2: { single: 70, multi: 67 },
} as const;

export type SmsEncoding = "gsm" | "ucs2";

export type SmsCount = {
  /** Characters in the message as sent, prefix included (what the portal's counter shows). */
  characterCount: number;
  /** Characters without the prefix: what the 918 limit applies to. Extension characters count once. */
  characterCountWithoutPrefix: number;
  /** Septets (GSM) or UTF-16 code units (UCS-2) the carrier bills. */
  encodedLength: number;
  /** Billable parts (fragments): 0 for an empty message. */
  parts: number;
  encoding: SmsEncoding;
  /** Distinct characters that forced UCS-2, in order of appearance (empty for GSM). */
  unicodeCharacters: string[];
  /** Over 918 characters (prefix not counted). */
  isTooLong: boolean;
  /** Nothing left to send once values are filled and whitespace is tidied. */
  isEmpty: boolean;
};

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Unicode code points (an emoji is one character, as people count them). */
function countCharacters(text: string): number {
  if (!HIGH_SURROGATE.test(text)) return text.length;
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i += 1;
    count += 1;
  }
  return count;
}

/** GSM extension characters by UTF-16 code: ^ { } \ [ ~ ] | € (two septets each). */
function isExtendedCode(code: number): boolean {
  return code === 94 || code === 123 || code === 125 || code === 92 || code === 91 || code === 126 || code === 93 || code === 124 || code === 0x20ac;
}

type Packed = { encodedLength: number; parts: number; unicodeCharacters: string[] };

function packGsm(text: string): Packed {
  let extended = 0;
  for (let i = 0; i < text.length; i += 1) if (isExtendedCode(text.charCodeAt(i))) extended += 1;
  const encodedLength = text.length + extended;
  const { single, multi } = SMS_PART_SIZES.gsm;
  if (encodedLength === 0) return { encodedLength, parts: 0, unicodeCharacters: [] };
  if (encodedLength <= single) return { encodedLength, parts: 1, unicodeCharacters: [] };
  if (extended === 0) return { encodedLength, parts: Math.ceil(encodedLength / multi), unicodeCharacters: [] };
  let parts = 1;
  let used = 0;
  for (let i = 0; i < text.length; i += 1) {
    const cost = isExtendedCode(text.charCodeAt(i)) ? 2 : 1;
    if (used + cost > multi) {
      parts += 1;
      used = 0;
    }
    used += cost;
  }
  return { encodedLength, parts, unicodeCharacters: [] };
}

function packUcs2(text: string): Packed {
  const seen = new Set<string>();
  const unicodeCharacters: string[] = [];
  const { single, multi } = SMS_PART_SIZES.ucs2;
  const encodedLength = text.length;
  let parts = 1;
  let used = 0;
  for (const char of text) {
    if (!isGsmBasic(char) && !isGsmExtended(char) && !seen.has(char)) {
      seen.add(char);
      unicodeCharacters.push(char);
    }
    if (used + char.length > multi) {
      parts += 1;
      used = 0;
    }
    used += char.length;
  }
  return { encodedLength, parts: encodedLength <= single ? 1 : parts, unicodeCharacters };
}

/** Counts an already formatted SMS (see formatSmsText). Hot path: no object spreads. */
export function measureSms(sms: FormattedSms): SmsCount {
  const characterCount = countCharacters(sms.body);
  const characterCountWithoutPrefix = sms.body === sms.bodyWithoutPrefix ? characterCount : countCharacters(sms.bodyWithoutPrefix);
  const isGsm = ALL_GSM.test(sms.body);
  const packed = isGsm ? packGsm(sms.body) : packUcs2(sms.body);
  return {
    characterCount,
    characterCountWithoutPrefix,
    encodedLength: packed.encodedLength,
    parts: packed.parts,
    encoding: isGsm ? "gsm" : "ucs2",
    unicodeCharacters: packed.unicodeCharacters,
    isTooLong: characterCountWithoutPrefix > SMS_CHARACTER_LIMIT,
    isEmpty: characterCountWithoutPrefix === 0,
  };
}

/**
 * Counts an SMS as it will be sent: whitespace tidied, look-alikes downgraded, and the
 * `"{prefix}: "` added when given (it counts towards the parts but not the 918 limit). This is
 * the portal's live counter; unfilled ((placeholders)) are counted as written.
 */
export function countSmsParts(text: string, options: { prefix?: string | null } = {}): SmsCount {
  return measureSms(formatSmsText(text, options));
}

/** Notify's message when nothing is left once values are filled in (SMS and email alike). */
export const EMPTY_MESSAGE_ERROR = "Your message is empty.";

/** Notify's API message for a message over the limit. */
export function smsTooLongMessage(characterCount: number): string {
  return `Your message is too long. Text messages cannot be longer than ${SMS_CHARACTER_LIMIT} characters. Your message is ${characterCount} characters long.`;
}

/** The portal's wording for the same problem ("You have 3 characters too many"). */
export function smsCharactersTooManyMessage(characterCount: number): string {
  const over = characterCount - SMS_CHARACTER_LIMIT;
  return `You have ${over} ${over === 1 ? "character" : "characters"} too many`;
}

/** The first problem with a counted SMS, in Notify's words, or null. */
export function smsContentError(count: SmsCount): string | null {
  if (count.isEmpty) return EMPTY_MESSAGE_ERROR;
  if (count.isTooLong) return smsTooLongMessage(count.characterCountWithoutPrefix);
  return null;
}
