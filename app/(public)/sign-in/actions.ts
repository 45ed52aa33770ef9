"use server";
// Sign-in actions: the password step, the code step, a new code, and signing out.
import { redirect } from "next/navigation";
import { afterSignInPath, clearPendingToken, getPendingToken, rememberInvitation, setPendingToken } from "@/lib/auth/session";
import { signIn, signOut } from "@/lib/auth/config";
import { LOGIN_GOV_PROVIDER_ID } from "@/lib/auth/login-gov";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { signInSchema, verifyCodeSchema } from "@/lib/schemas/auth";
import { endSession } from "@/lib/services/auth/sessions";
import { completeSignIn, resendSignInCode, SIGN_IN_EXPIRED, startSignIn } from "@/lib/services/auth/sign-in";
import { auth } from "@/lib/auth/config";

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const keep = { emailAddress: values.emailAddress ?? "" };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  await rememberInvitation(values.invitation);
  let destination: string;
  try {
    const step = await startSignIn(parsed.data);
    if ("needsEmailConfirmation" in step) {
      return { ok: false, fieldErrors: {}, formError: "You need to confirm your email address before you can sign in. Use the link in the email we sent you.", values: keep };
    }
    await setPendingToken(step.pendingToken);
    destination = "/sign-in/code";
  } catch (error) {
    if (error instanceof AppError) return { ok: false, fieldErrors: { emailAddress: error.userMessage }, values: keep };
    throw error;
  }
  redirect(destination);
}

/** Finishes any code step: next-auth's cookie carries the new session; the pending cookie goes. */
export async function finishSignIn(sessionToken: string): Promise<void> {
  await signIn("notify-session", { sessionToken, redirect: false });
  await clearPendingToken();
}

export async function verifySignInCodeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = verifyCodeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  const pending = await getPendingToken();
  if (!pending) return { ok: false, fieldErrors: { code: SIGN_IN_EXPIRED } };
  try {
    const session = await completeSignIn(pending, parsed.data.code);
    await finishSignIn(session.token);
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors ? fromAppError(error) : { ok: false, fieldErrors: { code: error.userMessage } };
    throw error;
  }
  redirect(await afterSignInPath("/services"));
}

export async function resendSignInCodeAction(): Promise<void> {
  const pending = await getPendingToken();
  if (!pending) redirect("/sign-in");
  try {
    await resendSignInCode(pending);
  } catch (error) {
    if (error instanceof AppError) redirect("/sign-in");
    throw error;
  }
  redirect("/sign-in/code?resent=1");
}

/** "Sign in with Login.gov": off to Login.gov, back through /api/auth/callback/login-gov. */
export async function signInWithLoginGovAction(formData: FormData): Promise<void> {
  await rememberInvitation(formData.get("invitation"));
  await signIn(LOGIN_GOV_PROVIDER_ID, { redirectTo: "/sign-in/login-gov/complete" });
}

export async function signOutAction(): Promise<void> {
  const session = await auth();
  await endSession(session?.sessionToken);
  await signOut({ redirect: false });
  redirect("/sign-in?signed-out=1");
}
