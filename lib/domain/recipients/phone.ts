// Phone numbers, as Notify.gov validates them (libphonenumber, default region US): US numbers
// written any common way become E.164; international numbers need a leading + and the service's
// international_sms permission. Failures carry Notify.gov's wording.
import { PhoneNumber as CorePhoneNumber } from "libphonenumber-js/core";
import { parsePhoneNumberWithError, ParseError, type PhoneNumber } from "libphonenumber-js/max";
import metadata from "libphonenumber-js/metadata.max.json";

export type PhoneResult =
  | { ok: true; e164: string; isInternational: boolean; countryCallingCode: string }
  | { ok: false; error: string };

/** NANP area codes billed as international (Caribbean and Pacific territories), as Notify does. */
export const NANP_INTERNATIONAL_AREA_CODES: ReadonlySet<string> = new Set([
  "684", "242", "246", "264", "268", "284", "345", "441", "473", "649", "876", "664", "721", "758", "767", "784", "868", "869",
]);

export const PHONE_ERRORS = {
  /** Blank input (forms and the API; a spreadsheet cell says "Missing" instead). */
  required: "Enter a phone number",
  notUs: "Not a US number",
  tooMany: "Too many digits",
  notEnough: "Not enough digits",
  rangeNotInUse: "Phone number range is not in use",
  notPossible: "Phone number is not possible",
  notAPhoneNumber: "The string supplied did not seem to be a phone number.",
  countryPrefix: "Not a valid country prefix",
} as const;

type Options = { allowInternational?: boolean };

const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/g;

function cleanInput(raw: string): string {
  return raw.replace(INVISIBLE, "").trim();
}

function fail(error: string): PhoneResult {
  return { ok: false, error };
}

function isInternationalNumber(countryCallingCode: string, nationalNumber: string): boolean {
  return countryCallingCode !== "1" || NANP_INTERNATIONAL_AREA_CODES.has(nationalNumber.slice(0, 3));
}

function success(number: PhoneNumber): PhoneResult {
  return {
    ok: true,
    e164: number.number,
    isInternational: isInternationalNumber(number.countryCallingCode, number.nationalNumber),
    countryCallingCode: number.countryCallingCode,
  };
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

/** Notify.gov's international rule: country code plus national number is 8 to 15 digits. */
function checkInternational(number: PhoneNumber): PhoneResult {
  const digits = number.countryCallingCode.length + number.nationalNumber.length;
  if (digits < 8) return fail(PHONE_ERRORS.notEnough);
  if (digits > 15) return fail(PHONE_ERRORS.tooMany);
  return success(number);
}

/** The US path: parse with region US; the first failing check gives the message. */
function validateUs(text: string, options: Options): PhoneResult {
  const number = parse(text, "US");
  if ("error" in number) return fail(number.error);
  if (number.countryCallingCode !== "1") return options.allowInternational ? checkInternational(number) : fail(PHONE_ERRORS.notUs);
  if (number.isValid()) return success(number);
  // Counted as Google's libphonenumber does (national number as an integer: leading zeros dropped).
  const digits = number.nationalNumber.replace(/^0+/, "").length;
  if (digits > 10) return fail(PHONE_ERRORS.tooMany);
  if (digits < 10) return fail(PHONE_ERRORS.notEnough);
  if (number.isPossible()) return fail(PHONE_ERRORS.rangeNotInUse);
  return fail(PHONE_ERRORS.notPossible);
}

function validateInternational(text: string, options: Options): PhoneResult {
  const number = parse(text);
  if ("error" in number) return fail(number.error);
  if (number.countryCallingCode === "1") return validateUs(text, options);
  return checkInternational(number);
}

// Fast path for the common case, a spreadsheet of US numbers. Validity in the US numbering plan
// depends only on the area code and exchange (the first six digits: checked for every exchange
// against libphonenumber's metadata), so exchanges known to be valid are cached. A cache miss
// tries libphonenumber's PhoneNumber directly (no text parsing, ~4x faster), which can only say
// "valid in the US plan"; anything else (invalid, Canada, the Caribbean, whose patterns can look
// at more digits) gets the full check every time. A property test checks this path always agrees
// with the full check.
const US_FORMATTING = /[\s().\-]/g;
const TEN_DIGITS = /^(?:\+?1)?([2-9]\d{9})$/;
const validUsExchanges = new Set<string>();
const MAX_CACHED_EXCHANGES = 200_000;

function validateUsDigits(digits: string, text: string, options: Options): PhoneResult {
  const exchange = digits.slice(0, 6);
  if (!validUsExchanges.has(exchange)) {
    if (!new CorePhoneNumber(`+1${digits}`, metadata).isValid()) return validatePhoneNumberUncached(text, options);
    if (validUsExchanges.size >= MAX_CACHED_EXCHANGES) validUsExchanges.clear();
    validUsExchanges.add(exchange);
  }
  const isInternational = NANP_INTERNATIONAL_AREA_CODES.has(digits.slice(0, 3));
  if (isInternational && !options.allowInternational) return fail(PHONE_ERRORS.notUs);
  return { ok: true, e164: `+1${digits}`, isInternational, countryCallingCode: "1" };
}

/** The full check without the exchange cache (exported for the consistency test). */
export function validatePhoneNumberUncached(raw: string, options: Options = {}): PhoneResult {
  const text = cleanInput(raw);
  if (!text) return fail(PHONE_ERRORS.required);
  const result = text.startsWith("+") ? validateInternational(text, options) : validateUs(text, options);
  if (result.ok && result.isInternational && !options.allowInternational) return fail(PHONE_ERRORS.notUs);
  return result;
}

/**
 * Validates a phone number and normalises it to E.164 (`+12025550104`). US numbers may be written
 * any common way (`(202) 555-0104`, `1-202-555-0104`, `+1 202 555 0104`). International numbers
 * (a leading + and a country code other than 1, or a NANP territory such as Jamaica) are accepted
 * only with `allowInternational`; otherwise the error is Notify.gov's `Not a US number`.
 */
export function validatePhoneNumber(raw: string, options: Options = {}): PhoneResult {
  const text = cleanInput(raw);
  const digits = TEN_DIGITS.exec(text.replace(US_FORMATTING, ""))?.[1];
  if (digits !== undefined) return validateUsDigits(digits, text, options);
  return validatePhoneNumberUncached(text, options);
}
