// Providers with no delivery receipts of their own (the local outbox, the simulated provider for
// simulated recipients and test keys) say what the receipt is; delivery applies it at once, through
// the same path SNS and SES receipts take (forward-only statuses, callbacks). Delivery code never
// asks which provider it is talking to.
import { getSimulatedOutcome, type SimulatedOutcome } from "../domain/recipients/simulated";

export type ImmediateOutcome = SimulatedOutcome;

export type ImmediateReceipts = {
  /** Stored on the notification as sent_by. */
  readonly name: string;
  /** The receipt for a message just handed over to `normalisedTo`; absent for providers that send real ones. */
  immediateReceipt?(normalisedTo: string): ImmediateOutcome;
};

/**
 * Stands in for the real provider for simulated recipients and anything sent with a test key:
 * nothing is sent, and the receipt is the outcome the recipient asks for (delivered for any other).
 */
export const SIMULATED_PROVIDER = {
  name: "simulated",
  immediateReceipt: (normalisedTo: string): ImmediateOutcome => getSimulatedOutcome(normalisedTo) ?? "delivered",
} as const satisfies ImmediateReceipts;

/** Simulated recipients, and anything sent with a test API key, go to SIMULATED_PROVIDER. */
export function isSimulatedSend(notification: { keyType: string; normalisedTo: string }): boolean {
  return notification.keyType === "test" || getSimulatedOutcome(notification.normalisedTo) !== null;
}
