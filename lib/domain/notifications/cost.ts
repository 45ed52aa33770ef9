// What one notification costs, as the API's GET answers it (Notify's is_cost_data_ready,
// cost_in_pounds and cost_details). The field names are Notify's; the amounts are in the currency
// of the configured prices (SMS_PRICE_PER_PART, EMAIL_PRICE_PER_MESSAGE: US dollars here). Every
// destination is charged the same price per part, as the usage pages charge it, so the
// international rate multiplier is 1. The free allowance is not taken into account (Notify doesn't).
import type { NotificationStatusName } from "./status";

export type Prices = { smsPerPart: number; emailPerMessage: number };

export type NotificationCost =
  | { isCostDataReady: false; costInPounds: null; costDetails: Record<string, never> }
  | { isCostDataReady: true; costInPounds: number; costDetails: { billable_sms_fragments: number; international_rate_multiplier: number; sms_rate: number } | Record<string, never> };

const NOT_READY: NotificationCost = { isCostDataReady: false, costInPounds: null, costDetails: {} };

export const INTERNATIONAL_RATE_MULTIPLIER = 1;

/** Rounds away binary noise (0.0075 × 3 = 0.022499999…) without losing a real fraction of a cent. */
function money(amount: number): number {
  return Math.round(amount * 1e8) / 1e8;
}

/**
 * Final once the message has left `created` (queued or scheduled): its parts are counted when it is
 * handed to the provider, and a message cancelled or refused before that keeps the count it was
 * stored with, as the usage figures do.
 */
export function notificationCost(
  notification: { notificationType: "sms" | "email"; status: NotificationStatusName; billableUnits: number },
  prices: Prices,
): NotificationCost {
  if (notification.status === "created") return NOT_READY;
  if (notification.notificationType === "email") return { isCostDataReady: true, costInPounds: money(prices.emailPerMessage), costDetails: {} };
  const parts = notification.billableUnits;
  return {
    isCostDataReady: true,
    costInPounds: money(parts * prices.smsPerPart * INTERNATIONAL_RATE_MULTIPLIER),
    costDetails: { billable_sms_fragments: parts, international_rate_multiplier: INTERNATIONAL_RATE_MULTIPLIER, sms_rate: prices.smsPerPart },
  };
}
