// "Your account": change name, password, how security codes arrive, mobile number and email
// address. Anything that could hand the account to someone else asks for the password again; a
// new mobile number or email address must be proven (a texted code, an emailed link) first.
import { insertAuditEvent } from "../../db/audit";
import { findUserForSignInById, isEmailAddressTaken, updatePasswordHash, updateUserDetails, type UserForSignIn } from "../../db/users";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { hashPassword, verifyPassword } from "../../security/passwords";
import { createToken, verifyToken } from "../../security/tokens";
import { sendPlatformMessage } from "../notifications/send-platform-message";
import { countedAttempt } from "./attempts";
import { checkCode, sendCode } from "./codes";
import { endAllSessions } from "./sessions";

export const WRONG_PASSWORD = "The password you entered is incorrect";
const CHANGE_TTL_SECONDS = 30 * 60;
const EMAIL_CHANGE_TTL_SECONDS = 60 * 60;

export type Profile = { name: string; emailAddress: string; mobileNumber: string | null; authType: "sms_auth" | "email_auth" | "webauthn_auth" };

async function loadUser(userId: string): Promise<UserForSignIn> {
  const user = await findUserForSignInById(userId);
  if (!user || user.state !== "active") throw new AppError("UNAUTHORIZED", "no active user");
  return user;
}

/** Re-authentication: a wrong password counts towards the lockout like a failed sign-in, and a locked account's isn't checked. */
async function confirmPassword(user: UserForSignIn, password: string, field = "password"): Promise<void> {
  if ((await countedAttempt(user.id, "reauthentication", () => verifyPassword(user.passwordHash, password))) !== "right") {
    throw new AppError("VALIDATION", "wrong password", { fieldErrors: { [field]: WRONG_PASSWORD } });
  }
}

export async function getProfile(userId: string): Promise<Profile> {
  const user = await loadUser(userId);
  return { name: user.name, emailAddress: user.emailAddress, mobileNumber: user.mobileNumber, authType: user.authType };
}

export async function changeName(userId: string, name: string): Promise<void> {
  await loadUser(userId);
  await updateUserDetails(userId, { name });
  await insertAuditEvent({ eventType: "name-changed", userId });
}

/** Changes the password and signs the user out everywhere else. */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }, currentSessionId: string): Promise<void> {
  const user = await loadUser(userId);
  await confirmPassword(user, input.currentPassword, "currentPassword");
  await updatePasswordHash(userId, await hashPassword(input.newPassword));
  const ended = await endAllSessions(userId, currentSessionId);
  await insertAuditEvent({ eventType: "password-changed", userId, data: { otherSessionsEnded: ended } });
}

export async function changeSecurityCodeMethod(userId: string, input: { password: string; method: "sms" | "email" }): Promise<void> {
  const user = await loadUser(userId);
  await confirmPassword(user, input.password);
  if (input.method === "sms" && !user.mobileNumber) {
    throw new AppError("VALIDATION", "no mobile", { fieldErrors: { method: "Add a mobile number before choosing text messages" } });
  }
  await updateUserDetails(userId, { authType: input.method === "sms" ? "sms_auth" : "email_auth" });
  await insertAuditEvent({ eventType: "security-code-method-changed", userId, data: { method: input.method } });
}

/** Step 1 of a new mobile number: texts a code to the new number; returns a token for step 2. */
export async function startMobileNumberChange(userId: string, input: { password: string; mobileNumber: string }): Promise<{ changeToken: string }> {
  const user = await loadUser(userId);
  await confirmPassword(user, input.password);
  await sendCode({ ...user, mobileNumber: input.mobileNumber }, "sms", "verify-mobile");
  return { changeToken: createToken("change-mobile", userId, CHANGE_TTL_SECONDS, getEnv().SECRET_KEY, { mobile: input.mobileNumber }) };
}

/** Step 2: the code proves the new number; only then is it saved. */
export async function confirmMobileNumberChange(userId: string, changeToken: string, code: string): Promise<void> {
  const check = verifyToken(changeToken, "change-mobile", getEnv().SECRET_KEY);
  if (!check.ok || check.payload.sub !== userId || typeof check.payload.mobile !== "string") {
    throw new AppError("VALIDATION", "bad change token", { fieldErrors: { code: "Your change has timed out. Enter your new mobile number again." } });
  }
  const user = await loadUser(userId);
  await checkCode(user, "sms", code);
  await updateUserDetails(userId, { mobileNumber: check.payload.mobile });
  await insertAuditEvent({ eventType: "mobile-number-changed", userId });
}

/** Emails a confirmation link to the new address (the change happens only when it is followed). */
export async function startEmailAddressChange(userId: string, input: { password: string; emailAddress: string }): Promise<void> {
  const user = await loadUser(userId);
  await confirmPassword(user, input.password);
  if (input.emailAddress === user.emailAddress) {
    throw new AppError("VALIDATION", "same email", { fieldErrors: { emailAddress: "Enter a different email address to the one you use now" } });
  }
  const env = getEnv();
  // A link goes out even when the address is taken, so this can't be used to find out who has an account.
  const token = createToken("change-email", userId, EMAIL_CHANGE_TTL_SECONDS, env.SECRET_KEY, { email: input.emailAddress });
  await sendPlatformMessage("confirmEmail", { to: input.emailAddress, personalisation: { name: user.name, url: `${env.NOTIFY_BASE_URL}/your-account/email-address/confirm/${token}` }, createdById: userId });
}

export async function confirmEmailAddressChange(userId: string, token: string): Promise<void> {
  const check = verifyToken(token, "change-email", getEnv().SECRET_KEY);
  if (!check.ok || check.payload.sub !== userId || typeof check.payload.email !== "string") {
    throw new AppError("BAD_REQUEST", "bad email change link", { userMessage: "This link is not valid or has expired. Change your email address again to get a new one." });
  }
  if (await isEmailAddressTaken(check.payload.email)) {
    throw new AppError("CONFLICT", "email taken", { userMessage: "That email address is already used by another account." });
  }
  await updateUserDetails(userId, { emailAddress: check.payload.email });
  await insertAuditEvent({ eventType: "email-address-changed", userId });
}
