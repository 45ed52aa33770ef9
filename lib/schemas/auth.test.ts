import { describe, expect, it } from "vitest";
import { registerSchema, signInSchema, verifyCodeSchema } from "./auth";

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

const good = { name: " Ada Lovelace ", emailAddress: " Ada@Agency.GOV ", mobileNumber: "(202) 555-0123", password: "correct horse battery staple" };

describe("registerSchema", () => {
  it("normalises a good registration", () => {
    expect(registerSchema.parse(good)).toEqual({ name: "Ada Lovelace", emailAddress: "ada@agency.gov", mobileNumber: "+12025550123", password: good.password });
  });

  it("says what to enter for every empty field", () => {
    expect(errors(registerSchema.safeParse({ name: "", emailAddress: "", mobileNumber: "", password: "" }))).toEqual({
      name: "Enter your full name",
      emailAddress: "Enter your email address",
      mobileNumber: "Enter your mobile number",
      password: "Enter a password",
    });
  });

  it("rejects hostile or malformed input with clear messages", () => {
    const result = errors(
      registerSchema.safeParse({ name: "x".repeat(256), emailAddress: "pаt@agency.gov", mobileNumber: "call me", password: "password" }),
    );
    expect(result).toEqual({
      name: "Your name must be 255 characters or fewer",
      emailAddress: "Enter an email address in the correct format, like name@example.gov",
      mobileNumber: "Enter a mobile number in the correct format, like 202-555-0123 (the string supplied did not seem to be a phone number)",
      password: "Choose a password that’s harder to guess",
    });
    expect(errors(registerSchema.safeParse({ ...good, emailAddress: "ops@agеncy.gov" })).emailAddress).toBe(
      "Enter an email address in the correct format, like name@example.gov",
    );
    expect(errors(registerSchema.safeParse({ ...good, password: "x".repeat(300) })).password).toBe("Your password must be 255 characters or fewer");
  });

  it("keeps a name with markup as text (it is escaped when shown)", () => {
    expect(registerSchema.parse({ ...good, name: "<script>alert(1)</script>" }).name).toBe("<script>alert(1)</script>");
  });
});

describe("signInSchema and verifyCodeSchema", () => {
  it("ask for missing details", () => {
    expect(errors(signInSchema.safeParse({ emailAddress: "", password: "" }))).toEqual({ emailAddress: "Enter your email address", password: "Enter your password" });
    expect(errors(verifyCodeSchema.safeParse({ code: "12 34" }))).toEqual({ code: "Not enough numbers" });
    expect(verifyCodeSchema.parse({ code: "123 456" })).toEqual({ code: "123456" });
  });
});
