import { describe, expect, it } from "vitest";
import { normaliseRecipientForComparison, validateRecipient } from "./recipient";

describe("validateRecipient", () => {
  it("validates and normalises phone numbers for sms", () => {
    expect(validateRecipient("(202) 555-0104", "sms")).toEqual({ ok: true, normalised: "+12025550104", isInternational: false });
    expect(validateRecipient("+447123456789", "sms")).toEqual({ ok: false, error: "Not a US number" });
    expect(validateRecipient("+447123456789", "sms", { allowInternationalSms: true })).toEqual({ ok: true, normalised: "+447123456789", isInternational: true });
    expect(validateRecipient("name@example.gov", "sms")).toEqual({ ok: false, error: "The string supplied did not seem to be a phone number." });
  });

  it("validates and lower-cases email addresses for email", () => {
    expect(validateRecipient(" Name@Example.GOV ", "email")).toEqual({ ok: true, normalised: "name@example.gov", isInternational: false });
    expect(validateRecipient("2025550104", "email")).toEqual({ ok: false, error: "Not a valid email address" });
  });
});

describe("normaliseRecipientForComparison", () => {
  it("makes the same recipient written differently compare equal", () => {
    for (const phone of ["2025550104", "(202) 555-0104", "+1 202-555-0104", "1-202-555-0104"]) expect(normaliseRecipientForComparison(phone)).toBe("+12025550104");
    expect(normaliseRecipientForComparison("+44 7123 456789")).toBe("+447123456789");
    expect(normaliseRecipientForComparison(" Test@Example.com ")).toBe("test@example.com");
    expect(normaliseRecipientForComparison(" foo ")).toBe("foo");
  });
});
