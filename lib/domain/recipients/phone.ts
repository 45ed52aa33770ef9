// Phone numbers, as Notify.gov validates them (Google's libphonenumber, default region US): US
// numbers written any common way become E.164; international numbers need a leading + and the
// service's international_sms permission. Failures carry Notify's wording.
import { parsePhoneNumberWithError, ParseError, type PhoneNumber } from "libphonenumber-js/max";

export type PhoneResult =
  | { ok: true; e164: string; isInternational: boolean; countryCallingCode: string }
  | { ok: false; error: string };

/** NANP area codes billed as international (Caribbean and Pacific territories), as Notify does. */
const NANP_INTERNATIONAL_AREA_CODES = new Set(["684", "242", "246", "264", "268", "284", "345", "441", "473", "649", "876", "664", "721", "758", "767", "784", "868", "869"]);

export const PHONE_ERRORS = {
  required: "Enter a phone number",
  notUs: "Not a US number",
  tooMany: "Too many digits",
  notEnough: "Not enough digits",
  rangeNotInUse: "Phone number range is not in use",
  notPossible: "Phone number is not possible",
  notAPhoneNumber: "The string supplied did not seem to be a phone number.",
  countryPrefix: "Not a valid country prefix",
  international: "Cannot send to international mobile numbers",
} as const;

const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/g;

function cleanInput(raw: string): string {
  return raw.replace(INVISIBLE, "").trim();
}

function isInternationalNumber(number: PhoneNumber): boolean {
  if (number.countryCallingCode !== "1") return true;
  return NANP_INTERNATIONAL_AREA_CODES.has(number.nationalNumber.slice(0, 3));
}

function success(number: PhoneNumber): PhoneResult {
  return { ok: true, e164: number.number, isInternational: isInternationalNumber(number), countryCallingCode: number.countryCallingCode };
}

function parse(text: string, region?: "US"): PhoneNumber | { error: string } {
  try {
    return region ? parsePhoneNumberWithError(text, region) : parsePhoneNumberWithError(text);
  } catch (error) {
    if (error instanceof ParseError) {
      if (error.message === "INVALID_COUNTRY") return { error: PHONE_ERRORS.countryPrefix };
      if (error.message === "TOO_SHORT") return { error: PHONE_ERRORS.notEnough };
      if (error.message === "TOO_LONG") return { error: PHONE_ERRORS.tooMany };
    }
    return { error: PHONE_ERRORS.notAPhoneNumber };
  }
}

function validateUs(text: string): PhoneResult {
  const number = parse(text, "US");
  if ("error" in number) return { ok: false, error: number.error };
  if (number.countryCallingCode !== "1") return { ok: false, error: PHONE_ERRORS.notUs };
  if (number.isValid()) return success(number);
  const digits = number.nationalNumber.length;
  if (digits > 10) return { ok: false, error: PHONE_ERRORS.tooMany };
  if (digits < 10) return { ok: false, error: PHONE_ERRORS.notEnough };
  if (number.isPossible()) return { ok: false, error: PHONE_ERRORS.rangeNotInUse };
  return { ok: false, error: PHONE_ERRORS.notPossible };
}

function validateInternational(text: string): PhoneResult {
  const number = parse(text.startsWith("00") ? `+${text.slice(2)}` : text);
  if ("error" in number) return { ok: false, error: number.error };
  if (number.countryCallingCode === "1") return validateUs(text);
  const digits = number.countryCallingCode.length + number.nationalNumber.length;
  if (digits < 8) return { ok: false, error: PHONE_ERRORS.notEnough };
  if (digits > 15) return { ok: false, error: PHONE_ERRORS.tooMany };
  if (!number.isPossible()) return { ok: false, error: PHONE_ERRORS.notPossible };
  return success(number);
}

// Fast path for the common case (a spreadsheet of US numbers): US validity depends only on the area
// code and exchange (the first six digits), so the full libphonenumber check runs once per
// exchange and is cached. A property test checks this agrees with the full check.
const US_FORMATTING = /[\s().\-]/g;
const exchangeValidity = new Map<string, boolean>();
const MAX_CACHED_EXCHANGES = 100_000;

function usDigits(text: string): string | null {
  const stripped = text.replace(US_FORMATTING, "");
  const match = /^(?:\+?1)?(\d{10})$/.exec(stripped);
  return match?.[1] ?? null;
}

function validateUsFast(digits: string, text: string): PhoneResult {
  const exchange = digits.slice(0, 6);
  let isValid = exchangeValidity.get(exchange);
  if (isValid === undefined) {
    const full = validateUs(text);
    isValid = full.ok;
    if (exchangeValidity.size >= MAX_CACHED_EXCHANGES) exchangeValidity.clear();
    exchangeValidity.set(exchange, isValid);
    return full;
  }
  if (!isValid) return validateUs(text);
  return { ok: true, e164: `+1${digits}`, isInternational: NANP_INTERNATIONAL_AREA_CODES.has(digits.slice(0, 3)), countryCallingCode: "1" };
}

/** The full check without the exchange cache (exported for the consistency test). */
export function validateUsPhoneNumberUncached(raw: string): PhoneResult {
  return validateUs(cleanInput(raw));
}

/**
 * Validates and normalises a phone number to E.164. International numbers (a leading + or 00 and a
 * country code other than 1) are accepted only with `allowInternational`.
 */
export function validatePhoneNumber(raw: string, options: { allowInternational?: boolean } = {}): PhoneResult {
  const text = cleanInput(raw);
  if (!text) return { ok: false, error: PHONE_ERRORS.required };
  const isInternationalForm = text.startsWith("+") || text.startsWith("00");
  if (isInternationalForm && !text.startsWith("+1") && !/^\+\s*1\b/.test(text)) {
    const result = validateInternational(text);
    if (result.ok && result.isInternational && !options.allowInternational) return { ok: false, error: PHONE_ERRORS.international };
    return result;
  }
  const digits = usDigits(text);
  const result = digits ? validateUsFast(digits, text) : validateUs(text);
  if (result.ok && result.isInternational && !options.allowInternational) return { ok: false, error: PHONE_ERRORS.international };
  return result;
}
