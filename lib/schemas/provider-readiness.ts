// Inputs of the provider readiness page (/platform-admin/providers): a sandbox destination number,
// its verification code, and the recipients of test messages. Messages in GOV.UK/USWDS voice.
import { z } from "zod";
import { validatePhoneNumber } from "../domain/recipients/phone";
import { accountEmailAddress } from "./auth";

/** A phone number in any common US form, as E.164; `blank` is what to say when it's empty. */
function usPhoneNumber(blank: string) {
  return z.string({ error: blank }).transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: "custom", message: blank });
      return z.NEVER;
    }
    const result = validatePhoneNumber(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: `Enter a US phone number in the correct format, like 202-555-0123 (${result.error.replace(/\.$/, "").toLowerCase()})` });
      return z.NEVER;
    }
    return result.e164;
  });
}

export const addSandboxDestinationSchema = z.object({ destinationNumber: usPhoneNumber("Enter the phone number to add") });
export type AddSandboxDestinationInput = z.infer<typeof addSandboxDestinationSchema>;

/** AWS verified destination number ids look like verifieddestinationnumber-0123abcd…. */
const destinationId = z
  .string({ error: "Select the number you want to verify" })
  .regex(/^verifieddestinationnumber-[A-Za-z0-9]{1,64}$/, "Select the number you want to verify");

export const verifySandboxDestinationSchema = z.object({
  destinationId,
  verificationCode: z
    .string({ error: "Enter the verification code" })
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(z.string().min(1, "Enter the verification code").regex(/^\d{4,10}$/, "Enter the verification code from the text message, like 123456")),
});
export type VerifySandboxDestinationInput = z.infer<typeof verifySandboxDestinationSchema>;

export const testEmailSchema = z.object({ testEmailAddress: accountEmailAddress("Enter the email address to send a test email to") });
export type TestEmailInput = z.infer<typeof testEmailSchema>;

export const testSmsSchema = z.object({ testPhoneNumber: usPhoneNumber("Enter the phone number to send a test text message to") });
export type TestSmsInput = z.infer<typeof testSmsSchema>;
