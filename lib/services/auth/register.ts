// Creating an account: details → confirm the email address (a link, 1 hour) → confirm the mobile
// number (a texted code) → active and signed in. Signing up with an email that already has an
// account sends that person an email instead, so the page never reveals who has an account: not
// by what it says, and not by how long it takes, because the form's answer does the same work
// either way (hash the password, queue the rest) and the worker finds out which email to send.
import { z } from "zod";
import { queueRegistration } from "../../db/account-requests";
import { insertAuditEvent } from "../../db/audit";
import { activateUser, findUserForSignInByEmail, findUserForSignInById, insertUser, markEmailValidated, recordSuccessfulLogin } from "../../db/users";
import { encryptionKeys, getEnv } from "../../env";
import { AppError } from "../../errors";
import type { RegisterInput } from "../../schemas/auth";
import { decrypt, encrypt } from "../../security/encryption";
import { hashPassword } from "../../security/passwords";
import { createToken, verifyToken } from "../../security/tokens";
import { sendPlatformMessage } from "../notifications/send-platform-message";
import { checkCode, sendCode } from "./codes";
import { createSession } from "./sessions";
import { createPendingToken, userForPendingToken } from "./sign-in";

const CONFIRM_EMAIL_TTL_SECONDS = 60 * 60;

export const CONFIRM_LINK_ERRORS = {
  invalid: "This link is not valid. Check you copied the entire link from the email.",
  expired: "The link in the email we sent you has expired. We’ve sent you a new one.",
  alreadyUsed: "That verification link has expired. Sign in to continue.",
} as const;

async function sendConfirmation(user: { id: string; name: string; emailAddress: string }): Promise<void> {
  const env = getEnv();
  const token = createToken("confirm-email", user.id, CONFIRM_EMAIL_TTL_SECONDS, env.SECRET_KEY);
  await sendPlatformMessage("confirmEmail", { to: user.emailAddress, personalisation: { name: user.name, url: `${env.NOTIFY_BASE_URL}/verify-email/${token}` }, createdById: user.id });
}

/** What the form hands to the worker (sealed in the register-account job): never the password itself. */
const registrationDetailsSchema = z.object({
  name: z.string().min(1),
  emailAddress: z.string().min(1),
  mobileNumber: z.string().min(1),
  passwordHash: z.string().min(1),
});
type RegistrationDetails = z.infer<typeof registrationDetailsSchema>;

/**
 * The "Create an account" form. Hashes the password and queues the rest (completeRegistration, in
 * the worker), without looking the address up: so the answer takes as long for an address that
 * has an account as for a new one. The person learns which it was from the email they get.
 */
export async function registerUser(input: RegisterInput): Promise<void> {
  const details: RegistrationDetails = {
    name: input.name,
    emailAddress: input.emailAddress,
    mobileNumber: input.mobileNumber,
    passwordHash: await hashPassword(input.password),
  };
  await queueRegistration(encrypt(JSON.stringify(details), getEnv().ENCRYPTION_KEY));
}

/**
 * The register-account job: creates the pending account and emails the confirmation link, or, for
 * an address that already has an account, emails that person to say so (and creates nothing).
 * Run again after failing, it acts as a second sign-up would: two sign-ups racing for one address
 * make one account (the loser's insert fails, and its retry sends "already registered"), and a
 * failure after the insert leaves an account whose retry says "already registered", as signing up
 * again after an error did when this ran in the request.
 */
export async function completeRegistration(detailsEncrypted: string): Promise<void> {
  const env = getEnv();
  const details = registrationDetailsSchema.parse(JSON.parse(decrypt(detailsEncrypted, encryptionKeys(env))));
  const existing = await findUserForSignInByEmail(details.emailAddress);
  if (existing) {
    await sendPlatformMessage("alreadyRegistered", {
      to: existing.emailAddress,
      personalisation: { signin_url: `${env.NOTIFY_BASE_URL}/sign-in`, forgot_password_url: `${env.NOTIFY_BASE_URL}/forgot-password` },
    });
    await insertAuditEvent({ eventType: "register-existing-email", userId: existing.id });
    return;
  }
  const user = await insertUser({ ...details, authType: "sms_auth" });
  await insertAuditEvent({ eventType: "register", userId: user.id });
  await sendConfirmation({ id: user.id, name: details.name, emailAddress: details.emailAddress });
}

/**
 * The emailed link. Confirms the address and texts a code to the mobile number; returns the
 * pending token for the "check your phone" step. An expired link sends a fresh one.
 */
export async function confirmEmail(token: string): Promise<{ pendingToken: string }> {
  const env = getEnv();
  const check = verifyToken(token, "confirm-email", env.SECRET_KEY);
  if (!check.ok && check.reason === "invalid") throw new AppError("BAD_REQUEST", "bad link", { userMessage: CONFIRM_LINK_ERRORS.invalid });
  const user = await findUserForSignInById(check.payload.sub);
  if (!user) throw new AppError("BAD_REQUEST", "no such user", { userMessage: CONFIRM_LINK_ERRORS.invalid });
  if (user.state !== "pending") throw new AppError("CONFLICT", "already active", { userMessage: CONFIRM_LINK_ERRORS.alreadyUsed });
  if (!check.ok) {
    await sendConfirmation(user);
    throw new AppError("BAD_REQUEST", "expired link", { userMessage: CONFIRM_LINK_ERRORS.expired });
  }
  await markEmailValidated(user.id);
  await sendCode(user, "sms", "verify-mobile");
  await insertAuditEvent({ eventType: "email-confirmed", userId: user.id });
  return { pendingToken: createPendingToken(user, "verify-mobile") };
}

/** The code texted after confirming the email: activates the account and signs the user in. */
export async function verifyMobile(pendingToken: string, code: string): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const user = await userForPendingToken(pendingToken, "verify-mobile");
  await checkCode(user, "sms", code);
  await activateUser(user.id);
  await recordSuccessfulLogin(user.id);
  await insertAuditEvent({ eventType: "account-activated", userId: user.id });
  const session = await createSession(user.id);
  return { ...session, userId: user.id };
}

export async function resendMobileCode(pendingToken: string): Promise<void> {
  const user = await userForPendingToken(pendingToken, "verify-mobile");
  await sendCode(user, "sms", "verify-mobile");
}
