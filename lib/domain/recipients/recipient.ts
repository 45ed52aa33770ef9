// One entry point for "is this a valid recipient for this channel", used by the API, one-off
// sends, the spreadsheet checker and the guest list, so they all say the same thing.
import { validateEmailAddress } from "./email";
import { validatePhoneNumber } from "./phone";

export type RecipientType = "sms" | "email";

export type RecipientResult = { ok: true; normalised: string; isInternational: boolean } | { ok: false; error: string };

/**
 * Validates a phone number (sms) or email address (email) and returns it normalised: E.164 for
 * phone numbers, lower case for email addresses.
 */
export function validateRecipient(raw: string, type: RecipientType, options: { allowInternationalSms?: boolean } = {}): RecipientResult {
  if (type === "email") {
    const email = validateEmailAddress(raw);
    return email.ok ? { ok: true, normalised: email.normalised, isInternational: false } : email;
  }
  const phone = validatePhoneNumber(raw, { allowInternational: options.allowInternationalSms });
  return phone.ok ? { ok: true, normalised: phone.e164, isInternational: phone.isInternational } : phone;
}

/**
 * A recipient in the form used to compare recipients (trial mode, team members, guest list):
 * E.164 if it reads as a phone number (international allowed), otherwise a lower-case email
 * address, otherwise the trimmed input. `(202) 555-0104` and `+12025550104` compare equal.
 */
export function normaliseRecipientForComparison(raw: string): string {
  const phone = validatePhoneNumber(raw, { allowInternational: true });
  if (phone.ok) return phone.e164;
  const email = validateEmailAddress(raw);
  if (email.ok) return email.normalised;
  return raw.trim();
}
