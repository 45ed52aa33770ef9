import { describe, expect, it } from "vitest";
import { EMAIL_FROM_ERRORS, ORIGINATION_IDENTITY_ERROR, SMS_SENDER_ERRORS, validateEmailFrom, validateOriginationIdentity, validateSmsSender } from "./senders";

describe("validateSmsSender", () => {
  it.each([
    ["(202) 555-0104", "+12025550104"],
    ["+1 202 555 0104", "+12025550104"],
    ["1-833-555-0100", "+18335550100"],
    ["12345", "12345"],
    ["City Hall", "City Hall"],
    ["O'Hare.ops", "O'Hare.ops"],
    ["  Parks  ", "Parks"],
  ])("accepts %j as %j", (input, value) => {
    expect(validateSmsSender(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["", SMS_SENDER_ERRORS.required],
    ["   ", SMS_SENDER_ERRORS.required],
    ["ab", SMS_SENDER_ERRORS.tooShort],
    ["Department of Parks", SMS_SENDER_ERRORS.tooLong],
    ["Parks&Rec", SMS_SENDER_ERRORS.characters],
    ["0012345", SMS_SENDER_ERRORS.startsWith00],
    ["(202) 555-010", SMS_SENDER_ERRORS.tooLong],
    ["(000) 555-0104", SMS_SENDER_ERRORS.phoneNumber],
    ["+44 7700 900123", SMS_SENDER_ERRORS.phoneNumber],
  ])("refuses %j: %s", (input, error) => {
    expect(validateSmsSender(input)).toEqual({ ok: false, error });
  });
});

describe("validateOriginationIdentity", () => {
  it.each([
    "phone-0123456789abcdef0123456789abcdef",
    "pool-0123456789abcdef0123456789abcdef",
    "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef0123456789abcdef",
    "arn:aws-us-gov:sms-voice:us-gov-west-1:123456789012:pool/pool-0123456789abcdef0123456789abcdef",
  ])("accepts %s", (input) => {
    expect(validateOriginationIdentity(input)).toEqual({ ok: true, value: input });
  });

  it("accepts an E.164 phone number", () => {
    expect(validateOriginationIdentity("+18335550100")).toEqual({ ok: true, value: "+18335550100" });
  });

  it.each(["phone-123", "arn:aws:s3:::bucket", "my number", "+1555"])("refuses %s", (input) => {
    expect(validateOriginationIdentity(input)).toEqual({ ok: false, error: ORIGINATION_IDENTITY_ERROR });
  });
});

describe("validateEmailFrom", () => {
  it("lower-cases and trims", () => {
    expect(validateEmailFrom(" City.Permits ")).toEqual({ ok: true, value: "city.permits" });
  });

  it.each([
    ["", EMAIL_FROM_ERRORS.required],
    ["a".repeat(65), EMAIL_FROM_ERRORS.tooLong],
    ["city permits", EMAIL_FROM_ERRORS.characters],
    [".city", EMAIL_FROM_ERRORS.characters],
    ["city..permits", EMAIL_FROM_ERRORS.characters],
    ["city@permits", EMAIL_FROM_ERRORS.characters],
  ])("refuses %j", (input, error) => {
    expect(validateEmailFrom(input)).toEqual({ ok: false, error });
  });
});
