"use server";
// Creating an account: details, then the emailed link, then the texted code.
import { redirect } from "next/navigation";
import { resendCode, submitCode } from "@/lib/auth/code-step";
import { rememberInvitation, setPendingToken } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromZodError, type FormState } from "@/lib/forms/form-state";
import { registerSchema } from "@/lib/schemas/auth";
import { confirmEmail, registerUser, resendMobileCode, verifyMobile } from "@/lib/services/auth/register";

export async function registerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const keep = { name: values.name ?? "", emailAddress: values.emailAddress ?? "", mobileNumber: values.mobileNumber ?? "" };
  const parsed = registerSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  await rememberInvitation(values.invitation);
  await registerUser(parsed.data);
  redirect("/register/check-email");
}

/** The button on the emailed link's page (a POST, so link scanners can't trigger it). */
export async function confirmEmailAction(_state: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "");
  try {
    const { pendingToken } = await confirmEmail(token);
    await setPendingToken(pendingToken);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, fieldErrors: {}, formError: error.userMessage };
    throw error;
  }
  redirect("/register/verify-mobile");
}

export async function verifyMobileAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submitCode(formData, verifyMobile, "/services?welcome=1");
}

export async function resendMobileCodeAction(): Promise<void> {
  await resendCode(resendMobileCode, "/register/verify-mobile");
}
