import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PHONE_ERRORS, validatePhoneNumber, validatePhoneNumberUncached } from "./phone";

// Examples are Notify.gov's own (notifications_utils tests), plus a few common US spellings.
describe("validatePhoneNumber: US numbers", () => {
  it.each(["1-202-555-0104", "+12025550104", "12025550104", "2025550104", "(202) 555-0104", "202.555.0104", " 202 555 0104 ", "+1 (202) 555-0104", "202\u200B5550104", "1 (202) 555-0104"])(
    "accepts %j as +12025550104",
    (input) => {
      expect(validatePhoneNumber(input)).toEqual({ ok: true, e164: "+12025550104", isInternational: false, countryCallingCode: "1" });
    },
  );

  it("accepts Canadian and toll-free numbers as US (country code 1)", () => {
    expect(validatePhoneNumber("(416) 555-0123")).toMatchObject({ ok: true, e164: "+14165550123", isInternational: false });
    expect(validatePhoneNumber("+1 800 555 5555")).toMatchObject({ ok: true, e164: "+18005555555" });
  });

  it.each([
    ["55512345678", PHONE_ERRORS.tooMany],
    ["+155512345678", PHONE_ERRORS.tooMany],
    ["(555) 1234-5678", PHONE_ERRORS.tooMany],
    ["555123123", PHONE_ERRORS.notEnough],
    ["(555) 123-123", PHONE_ERRORS.notEnough],
    ["7890x32109", PHONE_ERRORS.notEnough],
    ["07123 ☟☜⬇⬆☞☝", PHONE_ERRORS.notEnough],
    ["07123☟☜⬇⬆☞☝", PHONE_ERRORS.notEnough],
    ["1555123123", PHONE_ERRORS.rangeNotInUse],
    ["07123 456789...", PHONE_ERRORS.notPossible],
    ["ALPHANUM3R1C", PHONE_ERRORS.notAPhoneNumber],
    // Notify.gov (Google's libphonenumber) says "The string supplied did not seem to be a phone number." here.
    ['07";DROP TABLE;"', PHONE_ERRORS.notEnough],
    ["", PHONE_ERRORS.required],
    ["   ", PHONE_ERRORS.required],
  ])("rejects %j: %s", (input, error) => {
    expect(validatePhoneNumber(input)).toEqual({ ok: false, error });
  });

  it("uses Notify.gov's wording", () => {
    expect(PHONE_ERRORS).toMatchObject({
      notUs: "Not a US number",
      tooMany: "Too many digits",
      notEnough: "Not enough digits",
      rangeNotInUse: "Phone number range is not in use",
      notPossible: "Phone number is not possible",
      countryPrefix: "Not a valid country prefix",
    });
  });
});

describe("validatePhoneNumber: international numbers", () => {
  it.each([
    ["+71234567890", "+71234567890"],
    ["+447123456789", "+447123456789"],
    ["+4407123456789", "+447123456789"],
    ["+4407123 456789", "+447123456789"],
    ["+4407123-456-789", "+447123456789"],
    ["+23051234567", "+23051234567"],
    ["+682 12345", "+68212345"],
    ["+3312345678", "+3312345678"],
    ["+9-2345-12345-12345", "+923451234512345"],
  ])("accepts %j when the service allows international numbers", (input, e164) => {
    expect(validatePhoneNumber(input, { allowInternational: true })).toMatchObject({ ok: true, e164, isInternational: true });
    expect(validatePhoneNumber(input)).toEqual({ ok: false, error: "Not a US number" });
  });

  it("treats NANP territories with their own rates (Jamaica, Montserrat…) as international", () => {
    expect(validatePhoneNumber("+1 664-491-3434", { allowInternational: true })).toMatchObject({ ok: true, e164: "+16644913434", isInternational: true });
    expect(validatePhoneNumber("+1 876 555 0123", { allowInternational: true })).toMatchObject({ ok: true, isInternational: true });
    expect(validatePhoneNumber("876 555 0123")).toEqual({ ok: false, error: "Not a US number" });
  });

  it.each([
    ["+80233456789", PHONE_ERRORS.countryPrefix],
    ["+21 4321 0987", PHONE_ERRORS.countryPrefix],
    ["+00997 1234 7890", PHONE_ERRORS.countryPrefix],
    ["+801234-7890", PHONE_ERRORS.countryPrefix],
    ["+8-0-1234-78901", PHONE_ERRORS.countryPrefix],
    ["1234567", PHONE_ERRORS.notEnough],
    ["+682 1234", PHONE_ERRORS.notEnough],
    ["+12345 12345 12345 6", PHONE_ERRORS.tooMany],
  ])("rejects %j: %s", (input, error) => {
    expect(validatePhoneNumber(input, { allowInternational: true })).toEqual({ ok: false, error });
  });
});

describe("the US fast path (exchange cache)", () => {
  it("always agrees with the full libphonenumber check", () => {
    const formats = fc.constantFrom(
      (d: string) => d,
      (d: string) => `1${d}`,
      (d: string) => `+1${d}`,
      (d: string) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
      (d: string) => `1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), formats, fc.boolean(), (n, format, allowInternational) => {
        const input = format(String(n).padStart(10, "0"));
        expect(validatePhoneNumber(input, { allowInternational })).toEqual(validatePhoneNumberUncached(input, { allowInternational }));
      }),
      { numRuns: 4000 },
    );
  });

  it("rests on a fact: numbers in the same exchange (first six digits) get the same verdict", () => {
    fc.assert(
      fc.property(fc.integer({ min: 200_000, max: 999_999 }), fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 9_999 }), (exchange, a, b) => {
        const first = validatePhoneNumberUncached(`${exchange}${String(a).padStart(4, "0")}`, { allowInternational: true });
        const second = validatePhoneNumberUncached(`${exchange}${String(b).padStart(4, "0")}`, { allowInternational: true });
        expect(second.ok ? "valid" : second.error).toBe(first.ok ? "valid" : first.error);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same answer the second time (from the cache) as the first", () => {
    for (const input of ["(202) 555-0104", "(555) 555-0104", "(876) 555-0104", "(999) 555-0104"]) {
      const first = validatePhoneNumber(input);
      expect(validatePhoneNumber(input)).toEqual(first);
      expect(first).toEqual(validatePhoneNumberUncached(input));
    }
  });
});
