// "Forgot your password": an emailed link (1 hour, works once) to choose a new password. A reset
// unlocks the account and signs it out everywhere; signing in still needs the second factor.
import { queuePasswordReset } from "../../db/account-requests";
import { insertAuditEvent } from "../../db/audit";
import { findUserForSignInByEmail, findUserForSignInById, updatePasswordHash } from "../../db/users";
import { encryptionKeys, getEnv } from "../../env";
import { AppError } from "../../errors";
import { decrypt, encrypt } from "../../security/encryption";
import { hashPassword } from "../../security/passwords";
import { createToken, verifyToken } from "../../security/tokens";
import { sendPlatformMessage } from "../notifications/send-platform-message";
import { endAllSessions } from "./sessions";

const RESET_TTL_SECONDS = 60 * 60;

export const RESET_LINK_ERRORS = {
  invalid: "This link is not valid. Check you copied the entire link from the email.",
  expired: "The link in the email we sent you has expired. Enter your email address to get a new one.",
  used: "The link in the email has already been used. Enter your email address to get a new one.",
} as const;

/**
 * The "Forgot your password?" form. Queues the request (sendPasswordReset, in the worker) without
 * looking the address up, so it answers alike, and after the same work, whether or not the address
 * has an account.
 */
export async function requestPasswordReset(emailAddress: string): Promise<void> {
  await queuePasswordReset(encrypt(emailAddress, getEnv().ENCRYPTION_KEY));
}

/** The send-password-reset job: emails the reset link when the address has an account that can sign in, and does nothing otherwise. */
export async function sendPasswordReset(emailAddressEncrypted: string): Promise<void> {
  const env = getEnv();
  const user = await findUserForSignInByEmail(decrypt(emailAddressEncrypted, encryptionKeys(env)));
  if (!user || user.state === "inactive") return;
  const token = createToken("reset-password", user.id, RESET_TTL_SECONDS, env.SECRET_KEY, { pwd: user.passwordChangedAt.getTime() });
  await sendPlatformMessage("resetPassword", { to: user.emailAddress, personalisation: { name: user.name, url: `${env.NOTIFY_BASE_URL}/new-password/${token}` }, createdById: user.id });
  await insertAuditEvent({ eventType: "password-reset-requested", userId: user.id });
}

/** Checks a reset link without using it (to show the form, or a clear error instead). */
export async function checkResetToken(token: string): Promise<{ userId: string; name: string }> {
  const check = verifyToken(token, "reset-password", getEnv().SECRET_KEY);
  if (!check.ok) throw new AppError("BAD_REQUEST", "bad reset link", { userMessage: check.reason === "expired" ? RESET_LINK_ERRORS.expired : RESET_LINK_ERRORS.invalid });
  const user = await findUserForSignInById(check.payload.sub);
  if (!user || user.state === "inactive") throw new AppError("BAD_REQUEST", "no user", { userMessage: RESET_LINK_ERRORS.invalid });
  if (user.passwordChangedAt.getTime() !== check.payload.pwd) throw new AppError("BAD_REQUEST", "used link", { userMessage: RESET_LINK_ERRORS.used });
  return { userId: user.id, name: user.name };
}

export async function resetPassword(token: string, newPassword: string): Promise<{ userId: string }> {
  const { userId } = await checkResetToken(token);
  await updatePasswordHash(userId, await hashPassword(newPassword));
  const ended = await endAllSessions(userId);
  await insertAuditEvent({ eventType: "password-reset", userId, data: { sessionsEnded: ended } });
  return { userId };
}
