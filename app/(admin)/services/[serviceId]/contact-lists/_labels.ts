export const CHANNEL_NAMES = { sms: "Text messages", email: "Emails" } as const;

/** The (UTC) day the nightly purge removes a list, as a date a person reads. */
export function formatDeletionDay(day: Date): string {
  return day.toLocaleDateString("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
}
