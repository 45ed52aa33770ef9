import { describe, expect, it } from "vitest";
import { validateEmailAddress } from "./email";
import { validatePhoneNumber } from "./phone";
import { getSimulatedOutcome, SIMULATED_EMAIL_ADDRESSES, SIMULATED_PHONE_NUMBERS } from "./simulated";

describe("simulated recipients", () => {
  it.each([
    ["+12025550100", "delivered"],
    ["+12025550101", "permanent-failure"],
    ["+12025550102", "temporary-failure"],
    ["simulate-delivered@notify.example", "delivered"],
    ["simulate-permanent-failure@notify.example", "permanent-failure"],
    ["simulate-temporary-failure@notify.example", "temporary-failure"],
    ["SIMULATE-DELIVERED@Notify.Example", "delivered"],
  ])("%s → %s", (recipient, outcome) => {
    expect(getSimulatedOutcome(recipient)).toBe(outcome);
  });

  it("treats everyone else as real", () => {
    for (const recipient of ["+12025550103", "+12025550199", "someone@agency.gov", "simulate-delivered@notify.example.com", ""]) {
      expect(getSimulatedOutcome(recipient)).toBeNull();
    }
  });

  it("are valid recipients, in the reserved 555-01xx range and the .example domain", () => {
    for (const number of Object.keys(SIMULATED_PHONE_NUMBERS)) {
      expect(validatePhoneNumber(number)).toMatchObject({ ok: true, e164: number });
      expect(number).toMatch(/^\+1\d{3}55501\d\d$/);
    }
    for (const email of Object.keys(SIMULATED_EMAIL_ADDRESSES)) {
      expect(validateEmailAddress(email)).toMatchObject({ ok: true, normalised: email });
      expect(email).toMatch(/@notify\.example$/);
    }
  });

  it("are found however the number was written, once normalised", () => {
    const phone = validatePhoneNumber("(202) 555-0101");
    expect(phone.ok && getSimulatedOutcome(phone.e164)).toBe("permanent-failure");
  });
});
