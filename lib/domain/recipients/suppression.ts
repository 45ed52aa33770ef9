// A service's "do not send" list as the send path sees it: who is suppressed on a channel, why, and
// whether for every sender or one of its numbers. One rule for the API, one-off sends, spreadsheets
// and job fan-out (checkNotificationRecipient in lib/domain/notifications/prepare.ts). Pure.
export const SUPPRESSION_REASONS = ["opt-out", "hard-bounce", "complaint", "added-by-team"] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export const SUPPRESSION_SOURCES = ["inbound-sms", "receipt", "team", "provider"] as const;
export type SuppressionSource = (typeof SUPPRESSION_SOURCES)[number];

/** Why a team member takes someone off the list (a fixed list, so the audit trail reads the same). */
export const REMOVAL_REASONS = ["asked-to-receive", "added-by-mistake", "address-fixed", "other"] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export const REMOVAL_REASON_LABELS: Record<RemovalReason, string> = {
  "asked-to-receive": "The person asked to receive messages again",
  "added-by-mistake": "It was added by mistake",
  "address-fixed": "The mailbox or phone works again",
  other: "Another reason",
};

export const SUPPRESSION_REASON_LABELS: Record<SuppressionReason, string> = {
  "opt-out": "Opted out (texted STOP)",
  "hard-bounce": "Email bounced",
  complaint: "Marked as spam",
  "added-by-team": "Added by your team",
};

/** One entry: `sendingNumber` is the service's number it applies to, or "" for every sender. */
export type SuppressionEntry = { reason: SuppressionReason; sendingNumber: string };

/** A channel's list, keyed by normalised recipient (E.164 or lower-cased address). */
export type SuppressionList = ReadonlyMap<string, readonly SuppressionEntry[]>;

/** Why this recipient mustn't be sent to from `sender` (the sender or reply-to used), or null. */
export function findSuppression(list: SuppressionList | null, normalised: string, sender: string | null): SuppressionReason | null {
  const entries = list?.get(normalised);
  if (!entries) return null;
  const entry = entries.find((e) => e.sendingNumber === "" || e.sendingNumber === sender);
  return entry?.reason ?? null;
}

/** What every way of sending says about a suppressed recipient. */
export function suppressedMessage(channel: "sms" | "email", reason: SuppressionReason): string {
  if (channel === "sms") return reason === "opt-out" ? "This person has opted out of texts from your service" : "This phone number is on your service’s do-not-send list";
  if (reason === "hard-bounce" || reason === "complaint") return "Emails to this address are suppressed: it bounced or complained";
  return "This email address is on your service’s do-not-send list";
}

/** provider_response of a job row skipped at fan-out because its recipient was on the list, then the reason. */
export const SUPPRESSED_RESPONSE_PREFIX = "suppressed:";

/** The status a job report shows for a row skipped because its recipient was on the list; null for any other response. */
export function suppressedStatusLabel(providerResponse: string | null | undefined, channel: "sms" | "email"): string | null {
  if (!providerResponse?.startsWith(SUPPRESSED_RESPONSE_PREFIX)) return null;
  const reason = providerResponse.slice(SUPPRESSED_RESPONSE_PREFIX.length);
  if (channel === "sms") return reason === "opt-out" ? "Not sent: opted out of texts" : "Not sent: on your do-not-send list";
  return reason === "hard-bounce" || reason === "complaint" ? "Not sent: address bounced or complained" : "Not sent: on your do-not-send list";
}
