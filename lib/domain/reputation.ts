// Sending reputation: a service's bounce and complaint rates against Amazon SES's thresholds, and
// when its managers are warned. Pure; the monitor (lib/services/reputation) supplies the counts.
//
// SES puts an account under review at a 5 % bounce rate or a 0.1 % complaint rate, and may pause
// its sending at 10 % or 0.5 % – for every service on the platform, since they share one account.
// SES measures over a "representative volume" of recent sends; we use the last 7 days and leave a
// service "ok" until it has sent MIN_EMAILS_FOR_RATES emails in that window, so two bounces out of
// ten test emails don't raise an alarm.

export const REPUTATION_WINDOW_HOURS = 7 * 24;
export const MIN_EMAILS_FOR_RATES = 100;
export const MIN_TEXTS_FOR_RATES = 100;

/** SES's thresholds, as fractions of emails sent. */
export const REPUTATION_THRESHOLDS = {
  bounce: { warning: 0.05, critical: 0.1 },
  complaint: { warning: 0.001, critical: 0.005 },
} as const;

export const REPUTATION_STATES = ["ok", "warning", "critical"] as const;
export type ReputationState = (typeof REPUTATION_STATES)[number];

export type ReputationCounts = { emailsSent: number; bounced: number; complained: number };

/** `part / whole`, or null when nothing was sent (no rate rather than 0 %). */
export function rateOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function stateOfRate(rate: number | null, thresholds: { warning: number; critical: number }): ReputationState {
  if (rate === null) return "ok";
  if (rate >= thresholds.critical) return "critical";
  if (rate >= thresholds.warning) return "warning";
  return "ok";
}

/** The worse of two states. */
export function worseState(a: ReputationState, b: ReputationState): ReputationState {
  return REPUTATION_STATES.indexOf(a) >= REPUTATION_STATES.indexOf(b) ? a : b;
}

/**
 * A service's (or the platform's) state: the worse of its bounce and complaint states, "ok" below
 * MIN_EMAILS_FOR_RATES emails unless `ignoreMinimum` (the platform's own figures, which SES
 * judges at any volume).
 */
export function reputationStateOf(counts: ReputationCounts, options: { ignoreMinimum?: boolean } = {}): ReputationState {
  if (!options.ignoreMinimum && counts.emailsSent < MIN_EMAILS_FOR_RATES) return "ok";
  const bounce = stateOfRate(rateOf(counts.bounced, counts.emailsSent), REPUTATION_THRESHOLDS.bounce);
  const complaint = stateOfRate(rateOf(counts.complained, counts.emailsSent), REPUTATION_THRESHOLDS.complaint);
  return worseState(bounce, complaint);
}

/**
 * Whether moving from `previous` to `next` warns the service's managers: only when the state gets
 * worse (ok → warning, warning → critical, ok → critical). Staying in a state, or improving, sends
 * nothing, so a run every few minutes emails once per crossing; back at ok, the next crossing
 * warns again.
 */
export function shouldWarn(previous: ReputationState, next: ReputationState): boolean {
  return REPUTATION_STATES.indexOf(next) > REPUTATION_STATES.indexOf(previous);
}

/** A rate as people read it: "5.2%", "0.13%", "–" for none. */
export function formatRate(rate: number | null): string {
  if (rate === null) return "–";
  const percent = rate * 100;
  const digits = percent === 0 ? 0 : percent < 1 ? 2 : 1;
  return `${percent.toFixed(digits)}%`;
}

/** A state's words for banners, tables and the warning email (never colour alone). */
export const REPUTATION_STATE_LABELS: Record<ReputationState, string> = {
  ok: "OK",
  warning: "Under review threshold",
  critical: "Pause threshold",
};

/** Which of a service's figures put it in its state, for the banner and email: "bounce rate 6.0%". */
export function reputationReasons(counts: ReputationCounts): string[] {
  const reasons: string[] = [];
  const bounce = rateOf(counts.bounced, counts.emailsSent);
  const complaint = rateOf(counts.complained, counts.emailsSent);
  if (stateOfRate(bounce, REPUTATION_THRESHOLDS.bounce) !== "ok") reasons.push(`bounce rate ${formatRate(bounce)}`);
  if (stateOfRate(complaint, REPUTATION_THRESHOLDS.complaint) !== "ok") reasons.push(`complaint rate ${formatRate(complaint)}`);
  return reasons;
}
