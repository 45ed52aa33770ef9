import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, PASSWORD_ERRORS } from "./password-policy";
import { CODE_ERRORS, generateVerifyCode, parseVerifyCodeInput } from "./verify-codes";

describe("checkPasswordPolicy", () => {
  it.each([
    ["", PASSWORD_ERRORS.required],
    ["short", PASSWORD_ERRORS.tooShort],
    ["password", PASSWORD_ERRORS.common],
    ["PASSWORD", PASSWORD_ERRORS.common],
    ["qwertyuiop", PASSWORD_ERRORS.common],
    ["x".repeat(256), PASSWORD_ERRORS.tooLong],
  ])("rejects %j", (password, message) => {
    expect(checkPasswordPolicy(password)).toBe(message);
  });

  it("accepts long, uncommon passwords with no composition rules", () => {
    expect(checkPasswordPolicy("correct horse battery staple")).toBeNull();
    expect(checkPasswordPolicy("ünïcödé-pässwörd")).toBeNull();
  });
});

describe("verify codes", () => {
  it("are six random digits", () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateVerifyCode()));
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(codes.size).toBeGreaterThan(190);
  });

  it.each([
    ["", CODE_ERRORS.required],
    ["12a456", CODE_ERRORS.numbersOnly],
    ["12345", CODE_ERRORS.notEnough],
    ["1234567", CODE_ERRORS.tooMany],
  ])("rejects %j", (input, error) => {
    expect(parseVerifyCodeInput(input)).toEqual({ ok: false, error });
  });

  it("ignores spaces", () => {
    expect(parseVerifyCodeInput(" 123 456 ")).toEqual({ ok: true, code: "123456" });
  });
});
