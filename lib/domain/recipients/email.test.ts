import { describe, expect, it } from "vitest";
import { EMAIL_ERRORS, validateEmailAddress } from "./email";

// Examples are Notify's own (notifications_utils tests), plus a few more.
describe("validateEmailAddress", () => {
  it.each([
    "email@domain.com",
    "email@domain.COM",
    "firstname.lastname@domain.com",
    "firstname.o'lastname@domain.com",
    "email@subdomain.domain.com",
    "firstname+lastname@domain.com",
    "1234567890@domain.com",
    "email@domain-one.com",
    "_______@domain.com",
    "email@domain.name",
    "email@domain.superlongtld",
    "email@domain.co.jp",
    "firstname-lastname@domain.com",
    "info@german-financial-services.vermögensberatung",
    "info@german-financial-services.reallylongarbitrarytldthatiswaytoohugejustincase",
    "japanese-info@例え.テスト",
    "email@double--hyphen.com",
    "a+tag@sub.agency.gov",
  ])("accepts %j", (input) => {
    expect(validateEmailAddress(input)).toEqual({ ok: true, normalised: input.toLowerCase() });
  });

  it.each([" email@domain.com ", "\temail@domain.com", "\temail@domain.com\n", "\u200bemail@domain.com\u200b", "EMAIL@Domain.com"])(
    "strips whitespace and lower-cases %j",
    (input) => {
      expect(validateEmailAddress(input)).toEqual({ ok: true, normalised: "email@domain.com" });
    },
  );

  it.each([
    "email@123.123.123.123",
    "email@[123.123.123.123]",
    "plainaddress",
    "@no-local-part.com",
    "Outlook Contact <outlook-contact@domain.com>",
    "no-at.domain.com",
    "no-tld@domain",
    ";beginning-semicolon@domain.co.uk",
    "middle-semicolon@domain.co;uk",
    "trailing-semicolon@domain.com;",
    '"email+leading-quotes@domain.com',
    'email+middle"-quotes@domain.com',
    '"quoted-local-part"@domain.com',
    '"quoted@domain.com"',
    "lots-of-dots@domain..gov..uk",
    "two-dots..in-local@domain.com",
    "multiple@domains@domain.com",
    "spaces in local@domain.com",
    "spaces-in-domain@dom ain.com",
    "underscores-in-domain@dom_ain.com",
    "pipe-in-domain@example.com|gov.uk",
    "comma,in-local@gov.uk",
    "comma-in-domain@domain,gov.uk",
    "pound-sign-in-local£@domain.com",
    "local-with-’-apostrophe@domain.com",
    "local-with-”-quotes@domain.com",
    "domain-starts-with-a-dot@.domain.com",
    "brackets(in)local@domain.com",
    `email-too-long-${"a".repeat(320)}@example.com`,
    "incorrect-punycode@xn---something.com",
    "-start@-domain.com",
    "trailing@domain-.com",
    `a@${"b".repeat(64)}.com`,
    `a@${"b.".repeat(127)}com`,
    "num@domain.123",
    "hex-ip@0x7f.1",
  ])("rejects %j with Notify's message", (input) => {
    expect(validateEmailAddress(input)).toEqual({ ok: false, error: "Not a valid email address" });
  });

  it("asks for an address when blank", () => {
    expect(validateEmailAddress(" ")).toEqual({ ok: false, error: "Enter an email address" });
    expect(EMAIL_ERRORS.invalid).toBe("Not a valid email address");
  });
});
