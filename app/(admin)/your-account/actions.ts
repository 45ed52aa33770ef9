"use server";
// "Your account" changes. Each action checks who is signed in itself, then calls one service.
import { redirect } from "next/navigation";
import { clearFlowToken, getFlowToken, requireUser, setFlowToken } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { changeEmailAddressSchema, changeMobileNumberSchema, changeNameSchema, changePasswordSchema, securityCodeMethodSchema, verifyCodeSchema } from "@/lib/schemas/auth";
import {
  changeName,
  changePassword,
  changeSecurityCodeMethod,
  confirmEmailAddressChange,
  confirmMobileNumberChange,
  startEmailAddressChange,
  startMobileNumberChange,
} from "@/lib/services/auth/profile";

function failure(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof AppError) return error.fieldErrors ? fromAppError(error, values) : { ok: false, fieldErrors: {}, formError: error.userMessage, values };
  throw error;
}

export async function changeNameAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formDataToObject(formData);
  const parsed = changeNameSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, { name: values.name ?? "" });
  await changeName(user.userId, parsed.data.name);
  redirect("/your-account?changed=name");
}

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await changePassword(user.userId, { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.password }, user.sessionId);
  } catch (error) {
    return failure(error);
  }
  redirect("/your-account?changed=password");
}

export async function changeSecurityCodeMethodAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formDataToObject(formData);
  const parsed = securityCodeMethodSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, { method: values.method ?? "" });
  try {
    await changeSecurityCodeMethod(user.userId, parsed.data);
  } catch (error) {
    return failure(error, { method: values.method ?? "" });
  }
  redirect("/your-account?changed=security-code-method");
}

export async function changeMobileNumberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formDataToObject(formData);
  const keep = { mobileNumber: values.mobileNumber ?? "" };
  const parsed = changeMobileNumberSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  try {
    const { changeToken } = await startMobileNumberChange(user.userId, parsed.data);
    await setFlowToken("changeMobile", changeToken);
  } catch (error) {
    return failure(error, keep);
  }
  redirect("/your-account/mobile-number/verify");
}

export async function verifyNewMobileNumberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = verifyCodeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  const changeToken = await getFlowToken("changeMobile");
  if (!changeToken) redirect("/your-account/mobile-number");
  try {
    await confirmMobileNumberChange(user.userId, changeToken, parsed.data.code);
  } catch (error) {
    return failure(error);
  }
  await clearFlowToken("changeMobile");
  redirect("/your-account?changed=mobile-number");
}

export async function changeEmailAddressAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formDataToObject(formData);
  const keep = { emailAddress: values.emailAddress ?? "" };
  const parsed = changeEmailAddressSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  try {
    await startEmailAddressChange(user.userId, parsed.data);
  } catch (error) {
    return failure(error, keep);
  }
  redirect("/your-account/email-address/check-email");
}

export async function confirmEmailAddressChangeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  try {
    await confirmEmailAddressChange(user.userId, String(formData.get("token") ?? ""));
  } catch (error) {
    return failure(error);
  }
  redirect("/your-account?changed=email-address");
}
