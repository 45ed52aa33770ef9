"use server";
// Sign-in actions: the password step, the code step, a new code, and signing out.
import { redirect } from "next/navigation";
import { resendCode, submitCode } from "@/lib/auth/code-step";
import { rememberInvitation, setPendingToken } from "@/lib/auth/session";
import { signIn, signOut } from "@/lib/auth/config";
import { LOGIN_GOV_PROVIDER_ID } from "@/lib/auth/login-gov";
import { formAction, pickFields } from "@/lib/forms/form-action";
import { formDataToObject, type FormState } from "@/lib/forms/form-state";
import { signInSchema } from "@/lib/schemas/auth";
import { endSession } from "@/lib/services/auth/sessions";
import { completeSignIn, resendSignInCode, startSignIn } from "@/lib/services/auth/sign-in";
import { auth } from "@/lib/auth/config";

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const fields = formDataToObject(formData);
  // Never the password.
  const keep = pickFields(fields, ["emailAddress"]);
  return formAction({
    schema: signInSchema,
    input: fields,
    refill: keep,
    run: async (input) => {
      await rememberInvitation(fields.invitation);
      const step = await startSignIn(input);
      if (!("needsEmailConfirmation" in step)) await setPendingToken(step.pendingToken);
      return step;
    },
    // A refused sign-in is said at the email address.
    onAppError: (error, refill) => ({ ok: false, fieldErrors: { emailAddress: error.userMessage }, values: refill }),
    done: (step) =>
      "needsEmailConfirmation" in step
        ? { ok: false, fieldErrors: {}, formError: "You need to confirm your email address before you can sign in. Use the link in the email we sent you.", values: keep }
        : redirect("/sign-in/code"),
  });
}

export async function verifySignInCodeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submitCode(formData, completeSignIn, "/services");
}

export async function resendSignInCodeAction(): Promise<void> {
  await resendCode(resendSignInCode, "/sign-in/code");
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
