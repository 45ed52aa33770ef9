// Simulated recipients: sending to these, with any API key or from a spreadsheet, never reaches a
// provider. The notification goes straight to the outcome below, so agencies can test their
// integration (including failure handling) without texting or emailing anyone.
// Phone numbers are in the 555-0100–0199 range reserved for fiction; emails use notify.example.

export type SimulatedOutcome = "delivered" | "permanent-failure" | "temporary-failure";

export const SIMULATED_PHONE_NUMBERS: Readonly<Record<string, SimulatedOutcome>> = {
  "+12025550100": "delivered",
  "+12025550101": "permanent-failure",
  "+12025550102": "temporary-failure",
};

export const SIMULATED_EMAIL_ADDRESSES: Readonly<Record<string, SimulatedOutcome>> = {
  "simulate-delivered@notify.example": "delivered",
  "simulate-permanent-failure@notify.example": "permanent-failure",
  "simulate-temporary-failure@notify.example": "temporary-failure",
};

/** The simulated outcome for a normalised recipient (E.164 or lower-case email), or null for a real one. */
export function getSimulatedOutcome(normalisedRecipient: string): SimulatedOutcome | null {
  return SIMULATED_PHONE_NUMBERS[normalisedRecipient] ?? SIMULATED_EMAIL_ADDRESSES[normalisedRecipient.toLowerCase()] ?? null;
}
