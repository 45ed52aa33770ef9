// Who a service's messages come from: text message senders (a US phone number, a short code or a
// sender ID), the AWS origination identity behind a sender, the local part of the email From
// address, and how long messages are kept. Pure rules with Notify's wording.
import { validatePhoneNumber } from "./recipients/phone";

export const SMS_SENDER_ERRORS = {
  required: "Enter a text message sender",
  tooLong: "Enter 11 characters or fewer",
  tooShort: "Enter 3 characters or more",
  characters: "Use letters and numbers only",
  startsWith00: "Cannot start with 00",
  phoneNumber: "Enter a phone number in the correct format, like (202) 555-0104",
} as const;

export type SenderResult = { ok: true; value: string } | { ok: false; error: string };

const SENDER_ID = /^[a-zA-Z0-9\s._']+$/;
/** Looks like a phone number (digits and phone punctuation, ten or more digits). */
const PHONE_LIKE = /^\+?[\d\s().-]+$/;

/**
 * A text message sender: a phone number (normalised to E.164; US numbers only, as AWS origination
 * numbers here are US toll-free or 10DLC numbers), or else Notify's sender rule — 3 to 11 letters,
 * numbers, spaces, dots, underscores or apostrophes, not starting with 00 (covers 5–6 digit short codes).
 */
export function validateSmsSender(raw: string): SenderResult {
  const text = raw.trim();
  if (!text) return { ok: false, error: SMS_SENDER_ERRORS.required };
  if (text.startsWith("00")) return { ok: false, error: SMS_SENDER_ERRORS.startsWith00 };
  if (PHONE_LIKE.test(text) && text.replace(/\D/g, "").length >= 10) {
    const phone = validatePhoneNumber(text);
    return phone.ok ? { ok: true, value: phone.e164 } : { ok: false, error: SMS_SENDER_ERRORS.phoneNumber };
  }
  if (text.length > 11) return { ok: false, error: SMS_SENDER_ERRORS.tooLong };
  if (text.length < 3) return { ok: false, error: SMS_SENDER_ERRORS.tooShort };
  if (!SENDER_ID.test(text)) return { ok: false, error: SMS_SENDER_ERRORS.characters };
  return { ok: true, value: text };
}

export const ORIGINATION_IDENTITY_ERROR = "Enter an AWS phone number ID, like phone-0123456789abcdef0123456789abcdef, or its ARN";

const AWS_ID = /^(phone|pool|senderid)-[0-9a-f]{32}$/;
const AWS_ARN = /^arn:aws[a-z-]*:sms-voice:[a-z0-9-]+:\d{12}:(phone-number|pool|sender-id)\/[A-Za-z0-9_:.-]+$/;

/**
 * The AWS End User Messaging origination identity a sender uses: a phone number, pool or sender
 * ID's id or ARN, or an E.164 phone number (AWS accepts all of these as OriginationIdentity).
 */
export function validateOriginationIdentity(raw: string): SenderResult {
  const text = raw.trim();
  if (text.length > 255) return { ok: false, error: ORIGINATION_IDENTITY_ERROR };
  if (AWS_ID.test(text) || AWS_ARN.test(text)) return { ok: true, value: text };
  if (/^\+\d+$/.test(text)) {
    const phone = validatePhoneNumber(text);
    if (phone.ok) return { ok: true, value: phone.e164 };
  }
  return { ok: false, error: ORIGINATION_IDENTITY_ERROR };
}

export const EMAIL_FROM_ERRORS = {
  required: "Enter an email sender name",
  tooLong: "Email sender name must be 64 characters or fewer",
  characters: "Use lowercase letters, numbers, dots, hyphens and underscores only, like city.permits",
  taken: "This email sender name is already in use",
} as const;

const EMAIL_FROM = /^[a-z0-9]+([._-][a-z0-9]+)*$/;

/** The From address's local part (`<emailFrom>@<NOTIFY_EMAIL_DOMAIN>`): lower case, no leading, trailing or doubled dots. */
export function validateEmailFrom(raw: string): SenderResult {
  const text = raw.trim().toLowerCase();
  if (!text) return { ok: false, error: EMAIL_FROM_ERRORS.required };
  if (text.length > 64) return { ok: false, error: EMAIL_FROM_ERRORS.tooLong };
  if (!EMAIL_FROM.test(text)) return { ok: false, error: EMAIL_FROM_ERRORS.characters };
  return { ok: true, value: text };
}

/** Notify's data retention rule: 3 to 90 days per channel, 7 when not set. */
export const DATA_RETENTION = { min: 3, max: 90, default: 7, error: "Must be between 3 and 90" } as const;

/** What going live sets the daily limits to (UK Notify: 250,000 texts and 250,000 emails a day). */
export const LIVE_DAILY_LIMITS = { smsMessageLimit: 250_000, emailMessageLimit: 250_000 } as const;
