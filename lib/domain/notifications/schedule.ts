// When a one-off message may be sent: now, or on the hour up to 7 days ahead. Times are shown in
// one US time zone (Eastern) and stored as UTC instants.

export const SCHEDULE_MAX_DAYS = 7;
export const DISPLAY_TIME_ZONE = "America/New_York";
export const SCHEDULE_ERROR = "Choose a time from the list";

const HOUR_MS = 60 * 60 * 1000;

const slotLabel = new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: DISPLAY_TIME_ZONE, timeZoneName: "short" });

/** Every whole hour from the next one up to 7 days from `now`, with a readable label. */
export function scheduleSlots(now: Date): { value: string; label: string }[] {
  const first = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  const last = now.getTime() + SCHEDULE_MAX_DAYS * 24 * HOUR_MS;
  const slots: { value: string; label: string }[] = [];
  for (let t = first; t <= last; t += HOUR_MS) {
    const date = new Date(t);
    slots.push({ value: date.toISOString(), label: slotLabel.format(date) });
  }
  return slots;
}

/**
 * Reads the "when" choice: "now" (or empty) → null, a slot value → its Date. Anything else — not
 * on the hour, in the past, or more than 7 days ahead — is an error.
 */
export function parseScheduleChoice(value: string | undefined, now: Date): { ok: true; scheduledFor: Date | null } | { ok: false; error: string } {
  if (!value || value === "now") return { ok: true, scheduledFor: null };
  const date = new Date(value);
  const time = date.getTime();
  if (Number.isNaN(time) || time % HOUR_MS !== 0) return { ok: false, error: SCHEDULE_ERROR };
  if (time <= now.getTime() || time > now.getTime() + SCHEDULE_MAX_DAYS * 24 * HOUR_MS) return { ok: false, error: SCHEDULE_ERROR };
  return { ok: true, scheduledFor: date };
}

/** "Tuesday, December 1 at 3:00 PM EST"-style text for a stored time. */
export function formatDisplayTime(date: Date): string {
  return slotLabel.format(date);
}
