// The code step shared by signing in and by verifying a new account's mobile number (Next-only):
// check the code against the pending sign-in, start the session, and go on; or send a new code.
// Plain server functions, not server actions: the pages' actions call them.
import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import { formDataToObject, fromAppError, fromZodError, type FormState } from "../forms/form-state";
import { verifyCodeSchema } from "../schemas/auth";
import { SIGN_IN_EXPIRED } from "../services/auth/sign-in";
import { signIn } from "./config";
import { afterSignInPath, clearPendingToken, getPendingToken } from "./session";

/** next-auth's cookie carries the new session; the pending sign-in cookie goes. */
export async function finishSignIn(sessionToken: string): Promise<void> {
  await signIn("notify-session", { sessionToken, redirect: false });
  await clearPendingToken();
}

/** Checks the submitted code with `complete`, signs in, and redirects (to a remembered invitation first). */
export async function submitCode(formData: FormData, complete: (pendingToken: string, code: string) => Promise<{ token: string }>, destination: string): Promise<FormState> {
  const parsed = verifyCodeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  const pending = await getPendingToken();
  if (!pending) return { ok: false, fieldErrors: { code: SIGN_IN_EXPIRED } };
  try {
    await finishSignIn((await complete(pending, parsed.data.code)).token);
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors ? fromAppError(error) : { ok: false, fieldErrors: { code: error.userMessage } };
    throw error;
  }
  redirect(await afterSignInPath(destination));
}

/** Sends a new code with `resend` and returns to the code page saying so; a lapsed sign-in starts again. */
export async function resendCode(resend: (pendingToken: string) => Promise<unknown>, codePage: string): Promise<void> {
  const pending = await getPendingToken();
  if (!pending) redirect("/sign-in");
  try {
    await resend(pending);
  } catch (error) {
    if (error instanceof AppError) redirect("/sign-in");
    throw error;
  }
  redirect(`${codePage}?resent=1`);
}
