// Platform admins finding users by email address, and suspending (state inactive, signed out
// everywhere at once) or reactivating them. A suspended user can't sign in (sign-in.ts refuses
// inactive users with the wrong-password message) and their sessions stop working.
import { insertAuditEvent } from "../../db/audit";
import { findUserForAdmin, searchUsersByEmail, setUserState, type UserForAdmin } from "../../db/platform-admin";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requirePlatformAdmin } from "./require-platform-admin";
import { looksLikeId } from "../../domain/ids";

export const CANNOT_SUSPEND_YOURSELF = "You cannot suspend your own account";

/** Users whose email address contains `email` (case-insensitive). */
export async function findUsers({ actor, email }: { actor: SessionUser; email: string }): Promise<UserForAdmin[]> {
  requirePlatformAdmin(actor);
  return searchUsersByEmail(email);
}

export async function getUserForPlatformAdmin({ actor, userId }: { actor: SessionUser; userId: string }): Promise<UserForAdmin> {
  requirePlatformAdmin(actor);
  const user = looksLikeId(userId) ? await findUserForAdmin(userId) : null;
  if (!user) throw new AppError("NOT_FOUND", "user not found");
  return user;
}

/** Suspends an active user: state inactive and every session deleted. */
export async function suspendUser({ actor, userId }: { actor: SessionUser; userId: string }): Promise<void> {
  await getUserForPlatformAdmin({ actor, userId });
  if (userId === actor.userId) throw new AppError("BAD_REQUEST", "self suspend", { userMessage: CANNOT_SUSPEND_YOURSELF });
  if (!(await setUserState(userId, "active", "inactive"))) throw new AppError("BAD_REQUEST", "not active", { userMessage: "Only an active user can be suspended" });
  await insertAuditEvent({ eventType: "user-suspended", userId: actor.userId, data: { subjectUserId: userId } });
}

export async function reactivateUser({ actor, userId }: { actor: SessionUser; userId: string }): Promise<void> {
  await getUserForPlatformAdmin({ actor, userId });
  if (!(await setUserState(userId, "inactive", "active"))) throw new AppError("BAD_REQUEST", "not inactive", { userMessage: "This user is not suspended" });
  await insertAuditEvent({ eventType: "user-reactivated", userId: actor.userId, data: { subjectUserId: userId } });
}
