// Signing in: email + password, then a one-time code by text or email, then a session. Every
// failure of the first step gives the same message, so nobody can learn whether an email has an
// account; 10 failed attempts lock the account until the password is reset (./attempts.ts).
import { insertAuditEvent } from "../../db/audit";
import { findUserForSignInByEmail, findUserForSignInById, recordSuccessfulLogin, type UserForSignIn } from "../../db/users";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { verifyPassword } from "../../security/passwords";
import { createToken, verifyToken } from "../../security/tokens";
import { countedAttempt } from "./attempts";
import { checkCode, sendCode, type CodeChannel } from "./codes";
import { createSession } from "./sessions";

export const SIGN_IN_FAILED = "The email address or password you entered is incorrect.";
export const SIGN_IN_EXPIRED = "Your sign-in has timed out. Sign in again.";
const PENDING_TTL_SECONDS = 30 * 60;

export type PendingStep = { pendingToken: string; channel: CodeChannel };

function channelFor(user: Pick<UserForSignIn, "authType">): CodeChannel {
  return user.authType === "email_auth" ? "email" : "sms";
}

/** Token carried between the password step and the code step (signed; tied to the current password). */
export function createPendingToken(user: Pick<UserForSignIn, "id" | "passwordChangedAt">, purpose: "sign-in" | "verify-mobile"): string {
  return createToken(purpose, user.id, PENDING_TTL_SECONDS, getEnv().SECRET_KEY, { pwd: user.passwordChangedAt.getTime() });
}

/** The user a pending token belongs to, or AppError UNAUTHORIZED when it expired or was tampered with. */
export async function userForPendingToken(token: string, purpose: "sign-in" | "verify-mobile"): Promise<UserForSignIn> {
  const check = verifyToken(token, purpose, getEnv().SECRET_KEY);
  const user = check.ok ? await findUserForSignInById(check.payload.sub) : null;
  if (!check.ok || !user || user.passwordChangedAt.getTime() !== check.payload.pwd || user.state === "inactive") {
    throw new AppError("UNAUTHORIZED", "pending sign-in not valid", { userMessage: SIGN_IN_EXPIRED });
  }
  return user;
}

/** Step 1. Returns what step 2 needs, or { needsEmailConfirmation } for an account not yet confirmed. */
export async function startSignIn(input: { emailAddress: string; password: string }): Promise<PendingStep | { needsEmailConfirmation: true }> {
  const user = await findUserForSignInByEmail(input.emailAddress);
  const failed = new AppError("UNAUTHORIZED", "sign-in failed", { userMessage: SIGN_IN_FAILED });
  // An unknown, inactive or locked account spends the same time on a dummy hash as a real check.
  if (!user || user.state === "inactive") {
    await verifyPassword(null, input.password);
    throw failed;
  }
  const outcome = await countedAttempt(user.id, "sign-in", () => verifyPassword(user.passwordHash, input.password));
  if (outcome === "locked") await verifyPassword(null, input.password);
  if (outcome !== "right") throw failed;
  if (user.state === "pending") return { needsEmailConfirmation: true };
  const channel = channelFor(user);
  await sendCode(user, channel, "sign-in");
  return { pendingToken: createPendingToken(user, "sign-in"), channel };
}

/** "Send a new code": rate-limited by sendCode's 5-outstanding rule. */
export async function resendSignInCode(pendingToken: string): Promise<CodeChannel> {
  const user = await userForPendingToken(pendingToken, "sign-in");
  const channel = channelFor(user);
  await sendCode(user, channel, "sign-in");
  return channel;
}

/** Step 2. Checks the code and returns a new session (token for the cookie). */
export async function completeSignIn(pendingToken: string, code: string): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const user = await userForPendingToken(pendingToken, "sign-in");
  if (user.state !== "active") throw new AppError("UNAUTHORIZED", "not active", { userMessage: SIGN_IN_EXPIRED });
  const channel = channelFor(user);
  await checkCode(user, channel, code);
  await recordSuccessfulLogin(user.id, { emailValidated: channel === "email" });
  const session = await createSession(user.id);
  await insertAuditEvent({ eventType: "sign-in", userId: user.id, data: { method: channel } });
  return { ...session, userId: user.id };
}
