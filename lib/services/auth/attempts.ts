// Password and code attempts and the lockout: 10 failed attempts lock the account until the
// password is reset (Notify's rule). Each attempt is counted *before* it is checked, by one
// conditional update, so concurrent attempts can't all be checked against the same count: at most
// 10 are ever checked, and once the count reaches 10 nothing is – not even the right password or
// code. An attempt that turns out right gives its count back, so only failures add up.
import { MAX_FAILED_LOGINS } from "../../domain/auth/verify-codes";
import { insertAuditEvent } from "../../db/audit";
import { claimLoginAttempt, releaseLoginAttempt } from "../../db/users";

export type AttemptOutcome = "right" | "wrong" | "locked";

/**
 * Runs `check` (true when the password or code is right) as one counted attempt for the user, and
 * records the outcome on the audit trail as `<kind>-failed`, `<kind>-refused-locked` and, for the
 * attempt that reaches the limit, `account-locked`. `check` is not called for a locked account.
 */
export async function countedAttempt(userId: string, kind: "sign-in" | "code" | "reauthentication", check: () => Promise<boolean>): Promise<AttemptOutcome> {
  const count = await claimLoginAttempt(userId, MAX_FAILED_LOGINS);
  if (count === null) {
    await insertAuditEvent({ eventType: `${kind}-refused-locked`, userId });
    return "locked";
  }
  if (await check()) {
    await releaseLoginAttempt(userId);
    return "right";
  }
  await insertAuditEvent({ eventType: `${kind}-failed`, userId, data: { failedLoginCount: count } });
  if (count === MAX_FAILED_LOGINS) await insertAuditEvent({ eventType: "account-locked", userId });
  return "wrong";
}
