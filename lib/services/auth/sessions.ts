// Signed-in sessions, held server-side so signing out (or changing a password) ends them at once.
// The browser keeps only a random token; we store its keyed hash. A session ends after 30 minutes
// without activity or 12 hours after sign-in, whichever comes first.
import { randomBytes } from "node:crypto";
import { findSessionByTokenHash, insertSession, revokeAllSessions, revokeSession, touchSession } from "../../db/users";
import { getEnv } from "../../env";
import { hashSecret } from "../../security/tokens";

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 60 * 1000;

export type SessionUser = { sessionId: string; userId: string; name: string; emailAddress: string; platformAdmin: boolean };

export async function createSession(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_MAX_MS);
  await insertSession({ userId, tokenHash: hashSecret(token, getEnv().SECRET_KEY), expiresAt });
  return { token, expiresAt };
}

/** The signed-in user for a session token, or null when it is unknown, revoked, idle too long or expired. */
export async function getSessionUser(token: string | undefined | null, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const session = await findSessionByTokenHash(hashSecret(token, getEnv().SECRET_KEY));
  if (!session || session.revokedAt || session.user.state !== "active") return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await revokeSession(session.id);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchSession(session.id);
  return { sessionId: session.id, userId: session.userId, name: session.user.name, emailAddress: session.user.emailAddress, platformAdmin: session.user.platformAdmin };
}

export async function endSession(token: string | undefined | null): Promise<void> {
  if (!token) return;
  const session = await findSessionByTokenHash(hashSecret(token, getEnv().SECRET_KEY));
  if (session) await revokeSession(session.id);
}

/** Signs the user out on every device (after a password change or reset), optionally keeping this one. */
export async function endAllSessions(userId: string, keepSessionId?: string): Promise<number> {
  return revokeAllSessions(userId, keepSessionId);
}
