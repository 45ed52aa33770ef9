"use server";
// Creating an account: details, then the emailed link, then the texted code.
import { redirect } from "next/navigation";
import { resendCode, submitCode } from "@/lib/auth/code-step";
import { rememberInvitation, setPendingToken } from "@/lib/auth/session";
import { formAction, pickFields, rethrow } from "@/lib/forms/form-action";
import { formDataToObject, formText, type FormState } from "@/lib/forms/form-state";
import { registerSchema } from "@/lib/schemas/auth";
import { confirmEmail, registerUser, resendMobileCode, verifyMobile } from "@/lib/services/auth/register";

export async function registerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const fields = formDataToObject(formData);
  return formAction({
    schema: registerSchema,
    input: fields,
    // Never the password.
    refill: pickFields(fields, ["name", "emailAddress", "mobileNumber"]),
    run: async (input) => {
      await rememberInvitation(fields.invitation);
      await registerUser(input);
    },
    // An address that already has an account is told so by email, so registering has no expected failure.
    onAppError: rethrow,
    done: () => redirect("/register/check-email"),
  });
}

/** The button on the emailed link's page (a POST, so link scanners can't trigger it). */
export async function confirmEmailAction(_state: FormState, formData: FormData): Promise<FormState> {
  return formAction({
    run: async () => {
      const { pendingToken } = await confirmEmail(formText(formData, "token"));
      await setPendingToken(pendingToken);
    },
    done: () => redirect("/register/verify-mobile"),
  });
}

export async function verifyMobileAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submitCode(formData, verifyMobile, "/services?welcome=1");
}

export async function resendMobileCodeAction(): Promise<void> {
  await resendCode(resendMobileCode, "/register/verify-mobile");
}
