"use server";
// "Forgot your password?": request a link, then choose a new password.
import { redirect } from "next/navigation";
import { formAction, pickFields, rethrow } from "@/lib/forms/form-action";
import { formDataToObject, type FormState } from "@/lib/forms/form-state";
import { forgotPasswordSchema, newPasswordSchema } from "@/lib/schemas/auth";
import { requestPasswordReset, resetPassword } from "@/lib/services/auth/reset-password";

export async function forgotPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const fields = formDataToObject(formData);
  return formAction({
    schema: forgotPasswordSchema,
    input: fields,
    refill: pickFields(fields, ["emailAddress"]),
    run: (input) => requestPasswordReset(input.emailAddress),
    // It answers the same whether or not the address has an account, so it has no expected failure.
    onAppError: rethrow,
    done: () => redirect("/forgot-password/check-email"),
  });
}

export async function newPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const fields = formDataToObject(formData);
  return formAction({
    schema: newPasswordSchema,
    input: fields,
    run: (input) => resetPassword(fields.token ?? "", input.password),
    done: () => redirect("/sign-in?password-changed=1"),
  });
}
