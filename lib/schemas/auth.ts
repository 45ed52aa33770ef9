// Input schemas for sign-up, sign-in and password forms. The messages are what people read, in
// GOV.UK/USWDS voice, and the same everywhere these inputs appear.
import { z } from "zod";
import { checkPasswordPolicy } from "../domain/auth/password-policy";
import { parseVerifyCodeInput } from "../domain/auth/verify-codes";
import { validateEmailAddress } from "../domain/recipients/email";
import { validatePhoneNumber } from "../domain/recipients/phone";

export const MAX_NAME_LENGTH = 255;

/**
 * An email address for a person's account (sign-up, profile, invitations): Notify's rules, plain
 * ASCII only, lower-cased. `blankMessage` is what to say when it's empty.
 */
export function accountEmailAddress(blankMessage: string) {
  return z.string({ error: blankMessage }).transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: "custom", message: blankMessage });
      return z.NEVER;
    }
    const result = validateEmailAddress(value);
    // Account emails must be plain ASCII: look-alike letters from other scripts (a Cyrillic "а" in
    // "agency.gov") could otherwise pass for a colleague's address.
    if (!result.ok || /[^\x20-\x7E]/.test(value.trim())) {
      ctx.addIssue({ code: "custom", message: "Enter an email address in the correct format, like name@example.gov" });
      return z.NEVER;
    }
    return result.normalised;
  });
}

const emailAddress = accountEmailAddress("Enter your email address");

const mobileNumber = z.string({ error: "Enter your mobile number" }).transform((value, ctx) => {
  if (!value.trim()) {
    ctx.addIssue({ code: "custom", message: "Enter your mobile number" });
    return z.NEVER;
  }
  const result = validatePhoneNumber(value, { allowInternational: true });
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: `Enter a mobile number in the correct format, like 202-555-0123 (${result.error.replace(/\.$/, "").toLowerCase()})` });
    return z.NEVER;
  }
  return result.e164;
});

const newPassword = z.string({ error: "Enter a password" }).superRefine((value, ctx) => {
  const problem = checkPasswordPolicy(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const name = z
  .string({ error: "Enter your full name" })
  .transform((value) => value.trim())
  .pipe(z.string().min(1, "Enter your full name").max(MAX_NAME_LENGTH, `Your name must be ${MAX_NAME_LENGTH} characters or fewer`));

export const registerSchema = z.object({ name, emailAddress, mobileNumber, password: newPassword });
export type RegisterInput = z.infer<typeof registerSchema>;

export const signInSchema = z.object({
  emailAddress: z.string({ error: "Enter your email address" }).trim().min(1, "Enter your email address").max(320, "Enter your email address").transform((v) => v.toLowerCase()),
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(1024, "Enter your password"),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const verifyCodeSchema = z.object({
  code: z.string({ error: "Enter your security code" }).transform((value, ctx) => {
    const result = parseVerifyCodeInput(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    }
    return result.code;
  }),
});

export const forgotPasswordSchema = z.object({ emailAddress });
export const newPasswordSchema = z.object({ password: newPassword });

const currentPassword = z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(1024, "Enter your current password");
const confirmPassword = z.string({ error: "Enter your password" }).min(1, "Enter your password").max(1024, "Enter your password");

export const changeNameSchema = z.object({ name });
export const changePasswordSchema = z.object({ currentPassword, password: newPassword });
export const securityCodeMethodSchema = z.object({
  method: z.enum(["sms", "email"], { error: "Select how you want to get security codes" }),
  password: confirmPassword,
});
export const changeMobileNumberSchema = z.object({ mobileNumber, password: confirmPassword });
export const changeEmailAddressSchema = z.object({ emailAddress, password: confirmPassword });
