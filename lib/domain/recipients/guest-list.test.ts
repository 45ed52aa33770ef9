import { describe, expect, it } from "vitest";
import { guestListApiMessage, isAllowedInTrialMode, listTrialModeRecipients, validateGuestList } from "./guest-list";

describe("validateGuestList", () => {
  it("normalises entries, ignores blank slots and repeats", () => {
    const result = validateGuestList({
      emailAddresses: ["Ada@Agency.gov", "", "ada@agency.gov", "  bob@agency.gov "],
      phoneNumbers: ["(202) 555-0104", "+44 7123 456789", "   ", "2025550104"],
    });
    expect(result).toEqual({
      ok: true,
      guestList: { emailAddresses: ["ada@agency.gov", "bob@agency.gov"], phoneNumbers: ["+12025550104", "+447123456789"] },
    });
  });

  it("points at each bad entry, with Notify's API message", () => {
    const result = validateGuestList({ emailAddresses: ["ok@agency.gov", "not-an-email"], phoneNumbers: ["12"] });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: "emailAddresses",
          index: 1,
          value: "not-an-email",
          apiMessage: 'Invalid guest list: "not-an-email"',
          message: "Enter an email address in the correct format, like name@example.com",
        },
        { field: "phoneNumbers", index: 0, value: "12", apiMessage: 'Invalid guest list: "12"', message: "Enter a phone number in the correct format, like (202) 555-0104" },
      ],
    });
    expect(guestListApiMessage("x")).toBe('Invalid guest list: "x"');
  });

  it("allows at most 5 email addresses and 5 phone numbers", () => {
    const emails = Array.from({ length: 6 }, (_, i) => `person${i}@agency.gov`);
    const phones = Array.from({ length: 6 }, (_, i) => `202555010${i + 3}`);
    const result = validateGuestList({ emailAddresses: emails, phoneNumbers: phones });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message)).toEqual(["Enter up to 5 email addresses", "Enter up to 5 phone numbers"]);
    expect(validateGuestList({ emailAddresses: emails.slice(0, 5), phoneNumbers: phones.slice(0, 5) }).ok).toBe(true);
  });
});

describe("trial mode recipients", () => {
  const allowed = new Set(
    listTrialModeRecipients(
      [{ emailAddress: "Ada@Agency.gov", mobileNumber: "(202) 555-0123" }, { emailAddress: "bob@agency.gov", mobileNumber: null }],
      { emailAddresses: ["guest@example.com"], phoneNumbers: ["+447123456789"] },
    ),
  );

  it("lists team members and the guest list, normalised", () => {
    expect([...allowed].sort()).toEqual(["+12025550123", "+447123456789", "ada@agency.gov", "bob@agency.gov", "guest@example.com"]);
  });

  it("allows them and the simulated recipients, and no one else", () => {
    for (const recipient of ["+12025550123", "ada@agency.gov", "guest@example.com", "+447123456789", "+12025550100", "simulate-delivered@notify.example"]) {
      expect(isAllowedInTrialMode(recipient, allowed)).toBe(true);
    }
    for (const recipient of ["+12025550124", "eve@agency.gov"]) expect(isAllowedInTrialMode(recipient, allowed)).toBe(false);
  });
});
