import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateEmailAddress } from "./email";
import { PHONE_ERRORS, validatePhoneNumber, validateUsPhoneNumberUncached } from "./phone";
import { getSimulatedOutcome, SIMULATED_EMAIL_ADDRESSES, SIMULATED_PHONE_NUMBERS } from "./simulated";

describe("validatePhoneNumber (US)", () => {
  it.each(["1-202-555-0104", "+12025550104", "12025550104", "2025550104", "(202) 555-0104", "202.555.0104", " 202 555 0104 ", "+1 (202) 555-0104", "202\u200B5550104"])(
    "accepts %j as +12025550104",
    (input) => {
      expect(validatePhoneNumber(input)).toEqual({ ok: true, e164: "+12025550104", isInternational: false, countryCallingCode: "1" });
    },
  );

  it.each([
    ["55512345678", PHONE_ERRORS.tooMany],
    ["(555) 1234-5678", PHONE_ERRORS.tooMany],
    ["555123123", PHONE_ERRORS.notEnough],
    ["1555123123", PHONE_ERRORS.rangeNotInUse],
    ["ALPHANUM3R1C", PHONE_ERRORS.notAPhoneNumber],
    ["", PHONE_ERRORS.required],
    ["   ", PHONE_ERRORS.required],
  ])("rejects %j: %s", (input, error) => {
    expect(validatePhoneNumber(input)).toEqual({ ok: false, error });
  });
});

describe("validatePhoneNumber (international)", () => {
  it.each([
    ["+447123456789", "+447123456789"],
    ["+71234567890", "+71234567890"],
    ["+682 12345", "+68212345"],
    ["00447123456789", "+447123456789"],
  ])("accepts %j when the service allows international numbers", (input, e164) => {
    expect(validatePhoneNumber(input, { allowInternational: true })).toMatchObject({ ok: true, e164, isInternational: true });
    expect(validatePhoneNumber(input)).toEqual({ ok: false, error: "Cannot send to international mobile numbers" });
  });

  it("treats Caribbean NANP numbers as international", () => {
    expect(validatePhoneNumber("+1 876 555 0123", { allowInternational: true })).toMatchObject({ ok: true, isInternational: true });
    expect(validatePhoneNumber("876 555 0123")).toEqual({ ok: false, error: "Cannot send to international mobile numbers" });
  });

  it.each([
    ["+80233456789", PHONE_ERRORS.countryPrefix],
    ["+682 1234", PHONE_ERRORS.notEnough],
  ])("rejects %j: %s", (input, error) => {
    expect(validatePhoneNumber(input, { allowInternational: true })).toEqual({ ok: false, error });
  });
});

describe("the US exchange cache", () => {
  it("always agrees with the full libphonenumber check", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2_000_000_000, max: 9_999_999_999 }), fc.constantFrom("", "1", "+1"), (n, prefix) => {
        const input = `${prefix}${n}`;
        const expected = validateUsPhoneNumberUncached(input);
        const fast = validatePhoneNumber(input, { allowInternational: true });
        expect(fast.ok).toBe(expected.ok);
        if (fast.ok && expected.ok) expect(fast.e164).toBe(expected.e164);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("validateEmailAddress", () => {
  it.each(["firstname.o'lastname@domain.com", "_______@domain.com", "email@double--hyphen.com", "japanese-info@例え.テスト", "  Mixed.Case@Example.GOV  ", "a+tag@sub.agency.gov"])(
    "accepts %j",
    (input) => {
      expect(validateEmailAddress(input)).toEqual({ ok: true, normalised: input.trim().toLowerCase() });
    },
  );

  it.each([
    "email@123.123.123.123",
    '"quoted"@domain.com',
    "no-tld@domain",
    "underscores-in-domain@dom_ain.com",
    "incorrect-punycode@xn---something.com",
    "two..dots@domain.com",
    "dots@domain..com",
    "space in@domain.com",
    "semi;colon@domain.com",
    "£@domain.com",
    "-start@-domain.com",
    "trailing@domain-.com",
    `${"a".repeat(310)}@domain.com`,
    `a@${"b".repeat(64)}.com`,
    "no-at-sign.gov",
    "a@b@c.gov",
    "num@domain.123",
  ])("rejects %j with Notify's message", (input) => {
    expect(validateEmailAddress(input)).toEqual({ ok: false, error: "Not a valid email address" });
  });

  it("asks for an address when blank", () => {
    expect(validateEmailAddress(" ")).toEqual({ ok: false, error: "Enter an email address" });
  });
});

describe("simulated recipients", () => {
  it("maps each to its outcome, and real recipients to null", () => {
    expect(getSimulatedOutcome("+12025550100")).toBe("delivered");
    expect(getSimulatedOutcome("+12025550101")).toBe("permanent-failure");
    expect(getSimulatedOutcome("+12025550102")).toBe("temporary-failure");
    expect(getSimulatedOutcome("SIMULATE-DELIVERED@notify.example")).toBe("delivered");
    expect(getSimulatedOutcome("+12025550103")).toBeNull();
    expect(getSimulatedOutcome("someone@agency.gov")).toBeNull();
  });

  it("are themselves valid recipients", () => {
    for (const number of Object.keys(SIMULATED_PHONE_NUMBERS)) expect(validatePhoneNumber(number)).toMatchObject({ ok: true, e164: number });
    for (const email of Object.keys(SIMULATED_EMAIL_ADDRESSES)) expect(validateEmailAddress(email)).toMatchObject({ ok: true, normalised: email });
  });
});
