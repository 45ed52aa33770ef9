// Users, their one-time codes and their sessions. No rules here: lib/services/auth decides.
import { getDb } from "./client";
import { joinInvitedServices } from "./services";
import type { AuthType, UserState, VerifyCodeType } from "./generated/client";

export type UserForSignIn = {
  id: string;
  name: string;
  emailAddress: string;
  mobileNumber: string | null;
  authType: AuthType;
  state: UserState;
  passwordHash: string;
  passwordChangedAt: Date;
  platformAdmin: boolean;
};

const SIGN_IN_SELECT = {
  id: true,
  name: true,
  emailAddress: true,
  mobileNumber: true,
  authType: true,
  state: true,
  passwordHash: true,
  passwordChangedAt: true,
  platformAdmin: true,
} as const;

export async function findUserForSignInByEmail(emailAddress: string): Promise<UserForSignIn | null> {
  return getDb().user.findUnique({ where: { emailAddress }, select: SIGN_IN_SELECT });
}

export async function findUserForSignInById(id: string): Promise<UserForSignIn | null> {
  return getDb().user.findUnique({ where: { id }, select: SIGN_IN_SELECT });
}

export async function insertUser(user: { name: string; emailAddress: string; mobileNumber: string | null; passwordHash: string; authType: AuthType }): Promise<{ id: string }> {
  return getDb().user.create({ data: { ...user, state: "pending" }, select: { id: true } });
}

/**
 * Creates an active account for someone whose email address an identity provider has verified, and
 * makes them a member of every service with a pending invitation for that address, in one
 * transaction. Returns null (and writes nothing) when the address has an account or no invitation.
 */
export async function insertUserFromInvitations(user: { name: string; emailAddress: string; passwordHash: string }, now = new Date()): Promise<{ id: string; invites: { id: string; serviceId: string }[] } | null> {
  return getDb().$transaction(async (tx) => {
    const invites = await tx.invitedUser.findMany({ where: { emailAddress: user.emailAddress, status: "pending", expiresAt: { gt: now } }, select: { id: true, serviceId: true, permissions: true } });
    if (invites.length === 0 || (await tx.user.count({ where: { emailAddress: user.emailAddress } })) > 0) return null;
    const created = await tx.user.create({
      data: { ...user, mobileNumber: null, authType: "email_auth", state: "active", emailAccessValidatedAt: now, loggedInAt: now },
      select: { id: true },
    });
    await joinInvitedServices(tx, created.id, invites);
    return { id: created.id, invites: invites.map(({ id, serviceId }) => ({ id, serviceId })) };
  });
}

/**
 * Counts one password or code attempt before it is checked, in one conditional update: the count
 * goes up only while it is below `limit`. Returns the new count, or null when the count had already
 * reached `limit` (the attempt must then be refused unchecked). Concurrent attempts each get their
 * own count, so no more than `limit` can ever get through.
 */
export async function claimLoginAttempt(id: string, limit: number): Promise<number | null> {
  const rows = await getDb().user.updateManyAndReturn({
    where: { id, failedLoginCount: { lt: limit } },
    data: { failedLoginCount: { increment: 1 } },
    select: { failedLoginCount: true },
  });
  return rows[0]?.failedLoginCount ?? null;
}

/** Takes back the count of an attempt that turned out right (never below 0, as a reset may have come in between). */
export async function releaseLoginAttempt(id: string): Promise<void> {
  await getDb().user.updateMany({ where: { id, failedLoginCount: { gt: 0 } }, data: { failedLoginCount: { decrement: 1 } } });
}

export async function recordSuccessfulLogin(id: string, fields: { emailValidated?: boolean } = {}): Promise<void> {
  const now = new Date();
  await getDb().user.update({
    where: { id },
    data: { failedLoginCount: 0, loggedInAt: now, ...(fields.emailValidated ? { emailAccessValidatedAt: now } : {}) },
  });
}

export async function activateUser(id: string): Promise<void> {
  await getDb().user.updateMany({ where: { id, state: "pending" }, data: { state: "active" } });
}

export async function markEmailValidated(id: string): Promise<void> {
  await getDb().user.update({ where: { id }, data: { emailAccessValidatedAt: new Date() } });
}

/** Sets a new password hash, unlocks the account, and stamps the change (which voids older reset links). */
export async function updatePasswordHash(id: string, passwordHash: string): Promise<void> {
  await getDb().user.update({ where: { id }, data: { passwordHash, passwordChangedAt: new Date(), failedLoginCount: 0 } });
}

// ── Verify codes ────────────────────────────────────────────────────────────────────────────────

export async function insertVerifyCode(code: { userId: string; codeHash: string; codeType: VerifyCodeType; expiresAt: Date }): Promise<void> {
  await getDb().verifyCode.create({ data: code });
}

export async function countActiveVerifyCodes(userId: string, now = new Date()): Promise<number> {
  return getDb().verifyCode.count({ where: { userId, codeUsed: false, expiresAt: { gt: now } } });
}

export async function listUnusedVerifyCodes(userId: string, codeType: VerifyCodeType): Promise<{ id: string; codeHash: string; expiresAt: Date; codeUsed: boolean }[]> {
  return getDb().verifyCode.findMany({ where: { userId, codeType }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, codeHash: true, expiresAt: true, codeUsed: true } });
}

/** Marks a code used if it still isn't; false means another request used it first. */
export async function consumeVerifyCode(id: string): Promise<boolean> {
  const result = await getDb().verifyCode.updateMany({ where: { id, codeUsed: false }, data: { codeUsed: true } });
  return result.count === 1;
}

// ── Sessions ────────────────────────────────────────────────────────────────────────────────────

export async function insertSession(session: { userId: string; tokenHash: string; expiresAt: Date }): Promise<{ id: string }> {
  return getDb().userSession.create({ data: session, select: { id: true } });
}

export async function findSessionByTokenHash(tokenHash: string) {
  return getDb().userSession.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, user: { select: { state: true, name: true, emailAddress: true, platformAdmin: true } } },
  });
}

export async function touchSession(id: string): Promise<void> {
  await getDb().userSession.update({ where: { id }, data: { lastSeenAt: new Date() } });
}

export async function revokeSession(id: string): Promise<void> {
  await getDb().userSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Revokes every live session of the user, except `keepSessionId` when given. */
export async function revokeAllSessions(userId: string, keepSessionId?: string): Promise<number> {
  const result = await getDb().userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return result.count;
}

export async function updateUserDetails(id: string, details: { name?: string; mobileNumber?: string; emailAddress?: string; authType?: AuthType }): Promise<void> {
  await getDb().user.update({ where: { id }, data: details });
}

export async function isEmailAddressTaken(emailAddress: string): Promise<boolean> {
  return (await getDb().user.count({ where: { emailAddress } })) > 0;
}

/** Housekeeping: codes older than a day, sessions ended over a day ago, and lapsed invitations. */
export async function deleteExpiredAuthData(now = new Date()): Promise<{ codes: number; sessions: number; invitesExpired: number }> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const db = getDb();
  const [codes, sessions, invitesExpired] = await db.$transaction([
    db.verifyCode.deleteMany({ where: { createdAt: { lt: dayAgo } } }),
    db.userSession.deleteMany({ where: { OR: [{ expiresAt: { lt: dayAgo } }, { revokedAt: { lt: dayAgo } }] } }),
    db.invitedUser.updateMany({ where: { status: "pending", expiresAt: { lt: now } }, data: { status: "expired" } }),
  ]);
  return { codes: codes.count, sessions: sessions.count, invitesExpired: invitesExpired.count };
}
