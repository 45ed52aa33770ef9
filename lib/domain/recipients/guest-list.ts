// The guest list: up to 5 email addresses and 5 phone numbers (international allowed) outside the
// team that a trial-mode service, or a team API key, may send to. Also builds the trial-mode allow
// list (team members and guest list) and checks a recipient against it.
import { validateEmailAddress } from "./email";
import { validatePhoneNumber } from "./phone";
import { normaliseRecipientForComparison } from "./recipient";
import { getSimulatedOutcome } from "./simulated";

export const GUEST_LIST_MAX_EMAIL_ADDRESSES = 5;
export const GUEST_LIST_MAX_PHONE_NUMBERS = 5;

export type GuestListInput = { emailAddresses: readonly string[]; phoneNumbers: readonly string[] };
export type GuestList = { emailAddresses: string[]; phoneNumbers: string[] };

export type GuestListError = {
  field: "emailAddresses" | "phoneNumbers";
  /** Position in the input list (form slot), or null for a problem with the whole list. */
  index: number | null;
  value: string;
  /** Notify's API message, e.g. `Invalid guest list: "not-an-email"`. */
  apiMessage: string;
  /** What a form shows next to the field. */
  message: string;
};

export type GuestListResult = { ok: true; guestList: GuestList } | { ok: false; errors: GuestListError[] };

/** Notify's API wording for a bad guest-list entry. */
export function guestListApiMessage(value: string): string {
  return `Invalid guest list: "${value}"`;
}

/**
 * Validates and normalises a guest list. Blank slots are ignored and repeats removed. Each bad
 * entry gives an error pointing at its slot.
 */
export function validateGuestList(input: GuestListInput): GuestListResult {
  const errors: GuestListError[] = [];
  const emailAddresses = new Set<string>();
  const phoneNumbers = new Set<string>();
  input.emailAddresses.forEach((value, index) => {
    if (!value.trim()) return;
    const email = validateEmailAddress(value);
    if (email.ok) emailAddresses.add(email.normalised);
    else errors.push({ field: "emailAddresses", index, value, apiMessage: guestListApiMessage(value), message: "Enter an email address in the correct format, like name@example.com" });
  });
  input.phoneNumbers.forEach((value, index) => {
    if (!value.trim()) return;
    const phone = validatePhoneNumber(value, { allowInternational: true });
    if (phone.ok) phoneNumbers.add(phone.e164);
    else errors.push({ field: "phoneNumbers", index, value, apiMessage: guestListApiMessage(value), message: "Enter a phone number in the correct format, like (202) 555-0104" });
  });
  if (emailAddresses.size > GUEST_LIST_MAX_EMAIL_ADDRESSES) {
    errors.push({ field: "emailAddresses", index: null, value: "", apiMessage: `You can only add ${GUEST_LIST_MAX_EMAIL_ADDRESSES} email addresses`, message: `Enter up to ${GUEST_LIST_MAX_EMAIL_ADDRESSES} email addresses` });
  }
  if (phoneNumbers.size > GUEST_LIST_MAX_PHONE_NUMBERS) {
    errors.push({ field: "phoneNumbers", index: null, value: "", apiMessage: `You can only add ${GUEST_LIST_MAX_PHONE_NUMBERS} phone numbers`, message: `Enter up to ${GUEST_LIST_MAX_PHONE_NUMBERS} phone numbers` });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, guestList: { emailAddresses: [...emailAddresses], phoneNumbers: [...phoneNumbers] } };
}

export type TeamMemberContact = { emailAddress?: string | null; mobileNumber?: string | null };

/**
 * Everyone a trial-mode service may send to, normalised for comparison: team members' email
 * addresses and mobile numbers, and the guest list. (Simulated recipients are always allowed:
 * see isAllowedInTrialMode.)
 */
export function listTrialModeRecipients(teamMembers: readonly TeamMemberContact[], guestList: GuestList): string[] {
  const allowed = new Set<string>();
  for (const member of teamMembers) {
    if (member.emailAddress) allowed.add(normaliseRecipientForComparison(member.emailAddress));
    if (member.mobileNumber) allowed.add(normaliseRecipientForComparison(member.mobileNumber));
  }
  for (const value of [...guestList.emailAddresses, ...guestList.phoneNumbers]) allowed.add(normaliseRecipientForComparison(value));
  return [...allowed];
}

/**
 * Whether a trial-mode service (or a team key) may send to a recipient, given in the normalised
 * form validateRecipient returns. Simulated recipients are always allowed.
 */
export function isAllowedInTrialMode(normalisedRecipient: string, allowedRecipients: ReadonlySet<string>): boolean {
  return allowedRecipients.has(normalisedRecipient) || getSimulatedOutcome(normalisedRecipient) !== null;
}
