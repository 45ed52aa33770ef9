"use server";
// Creating the account of an invited person who signed in with Login.gov.
import { redirect } from "next/navigation";
import { finishSignIn } from "@/lib/auth/code-step";
import { clearFlowToken, getFlowToken } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromZodError, type FormState } from "@/lib/forms/form-state";
import { changeNameSchema } from "@/lib/schemas/auth";
import { createAccountFromLoginGov, LOGIN_GOV_MESSAGES } from "@/lib/services/auth/login-gov";

export async function createLoginGovAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = changeNameSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, { name: values.name ?? "" });
  const accountToken = await getFlowToken("loginGovAccount");
  if (!accountToken) return { ok: false, fieldErrors: { name: LOGIN_GOV_MESSAGES.expired } };
  let serviceIds: string[];
  try {
    const account = await createAccountFromLoginGov({ accountToken, name: parsed.data.name });
    await finishSignIn(account.sessionToken);
    serviceIds = account.serviceIds;
  } catch (error) {
    if (error instanceof AppError && error.userMessage) return { ok: false, fieldErrors: { name: error.userMessage }, values: { name: parsed.data.name } };
    throw error;
  }
  await clearFlowToken("loginGovAccount");
  await clearFlowToken("invite");
  redirect(serviceIds.length === 1 ? `/services/${serviceIds[0]}` : "/services");
}
