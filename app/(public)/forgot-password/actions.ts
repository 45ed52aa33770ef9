"use server";
// "Forgot your password?": request a link, then choose a new password.
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromZodError, type FormState } from "@/lib/forms/form-state";
import { forgotPasswordSchema, newPasswordSchema } from "@/lib/schemas/auth";
import { requestPasswordReset, resetPassword } from "@/lib/services/auth/reset-password";

export async function forgotPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, { emailAddress: values.emailAddress ?? "" });
  await requestPasswordReset(parsed.data.emailAddress);
  redirect("/forgot-password/check-email");
}

export async function newPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = newPasswordSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await resetPassword(values.token ?? "", parsed.data.password);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, fieldErrors: {}, formError: error.userMessage };
    throw error;
  }
  redirect("/sign-in?password-changed=1");
}
