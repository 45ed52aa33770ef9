// Signing in with Login.gov. Login.gov has already checked the person's password and second factor,
// so Notify skips both of its own steps: the verified email address Login.gov returns is matched to
// an existing account, or – for someone who has been invited but has no account yet – to their
// invitations, after they tell us their name. Nobody else gets in this way.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { insertAuditEvent } from "../../db/audit";
import { listPendingInvitesForEmail } from "../../db/services";
import { activateUser, findUserForSignInByEmail, insertUserFromInvitations, recordSuccessfulLogin } from "../../db/users";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { hashPassword } from "../../security/passwords";
import { createToken, verifyToken } from "../../security/tokens";
import { createSession } from "./sessions";

export const LOGIN_GOV_MESSAGES = {
  noAccount: "There is no Notify account for the email address you use with Login.gov. Ask a member of your team to invite you, or create an account.",
  unverified: "Login.gov did not confirm your email address. Try again, or sign in with your email address and password.",
  suspended: "Your Notify account has been suspended. Contact your team’s manager or Notify support.",
  expired: "Your sign-in has timed out. Sign in with Login.gov again.",
  noInvitation: "Your invitation has expired or been cancelled. Ask the person that invited you to send you another one.",
} as const;

export type LoginGovRefusal = keyof Pick<typeof LOGIN_GOV_MESSAGES, "noAccount" | "unverified" | "suspended">;
export type LoginGovOutcome =
  | { kind: "session"; sessionToken: string; userId: string }
  | { kind: "create-account"; accountToken: string; emailAddress: string }
  | { kind: "refused"; reason: LoginGovRefusal };

const ACCOUNT_TOKEN_PURPOSE = "login-gov-account";
const ACCOUNT_TOKEN_TTL_SECONDS = 30 * 60;

/** The claims we rely on, from Login.gov's ID token (scope "openid email"). */
const claimsSchema = z.object({
  email: z.email().max(320).transform((value) => value.trim().toLowerCase()),
  email_verified: z.literal(true),
});

/** Called once Login.gov has signed someone in (its ID token already checked by Auth.js). */
export async function signInWithLoginGov(claims: unknown): Promise<LoginGovOutcome> {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return { kind: "refused", reason: "unverified" };
  const emailAddress = parsed.data.email;
  const user = await findUserForSignInByEmail(emailAddress);
  if (user) {
    if (user.state === "inactive") {
      await insertAuditEvent({ eventType: "sign-in-refused-suspended", userId: user.id, data: { method: "login.gov" } });
      return { kind: "refused", reason: "suspended" };
    }
    // Login.gov proved the address, which is all a pending account still lacked to sign in.
    if (user.state === "pending") await activateUser(user.id);
    await recordSuccessfulLogin(user.id, { emailValidated: true });
    const session = await createSession(user.id);
    await insertAuditEvent({ eventType: "sign-in", userId: user.id, data: { method: "login.gov" } });
    return { kind: "session", sessionToken: session.token, userId: user.id };
  }
  if ((await listPendingInvitesForEmail(emailAddress)).length === 0) return { kind: "refused", reason: "noAccount" };
  const accountToken = createToken(ACCOUNT_TOKEN_PURPOSE, emailAddress, ACCOUNT_TOKEN_TTL_SECONDS, getEnv().SECRET_KEY);
  return { kind: "create-account", accountToken, emailAddress };
}

/** The email address an account token (from signInWithLoginGov) vouches for, or AppError. */
export function emailForAccountToken(accountToken: string): string {
  const check = verifyToken(accountToken, ACCOUNT_TOKEN_PURPOSE, getEnv().SECRET_KEY);
  if (!check.ok) throw new AppError("UNAUTHORIZED", "login.gov account token not valid", { userMessage: LOGIN_GOV_MESSAGES.expired });
  return check.payload.sub;
}

/**
 * Creates the account of an invited person who signed in with Login.gov, adds them to every team that
 * invited them, and signs them in. The account gets a random password nobody knows: they sign in with
 * Login.gov, or set a password with "Forgot your password?".
 */
export async function createAccountFromLoginGov({ accountToken, name }: { accountToken: string; name: string }): Promise<{ sessionToken: string; userId: string; serviceIds: string[] }> {
  const emailAddress = emailForAccountToken(accountToken);
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const created = await insertUserFromInvitations({ name, emailAddress, passwordHash });
  if (!created) {
    const existing = await findUserForSignInByEmail(emailAddress);
    throw new AppError("CONFLICT", "no account could be created", { userMessage: existing ? LOGIN_GOV_MESSAGES.expired : LOGIN_GOV_MESSAGES.noInvitation });
  }
  await insertAuditEvent({ eventType: "account-created", userId: created.id, data: { method: "login.gov" } });
  for (const invite of created.invites) {
    await insertAuditEvent({ eventType: "invite-accepted", userId: created.id, serviceId: invite.serviceId, data: { inviteId: invite.id } });
  }
  const session = await createSession(created.id);
  await insertAuditEvent({ eventType: "sign-in", userId: created.id, data: { method: "login.gov" } });
  return { sessionToken: session.token, userId: created.id, serviceIds: created.invites.map((invite) => invite.serviceId) };
}
