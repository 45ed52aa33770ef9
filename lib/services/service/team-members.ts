// Changing a team member's permissions and removing them from a service. Needs "Manage settings,
// team and usage". Nobody changes or removes themselves, and a service always keeps at least one
// member who can manage it (checked under a lock, so two managers can't demote each other at once).
import { insertAuditEvent } from "../../db/audit";
import { changeTeamMember, findTeamMember } from "../../db/services";
import { hasUiPermission, toStoredPermissions, type UiPermission, type UserPermission } from "../../domain/permissions";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "./service-access";
import { looksLikeId } from "../../domain/ids";

export const TEAM_ERRORS = {
  yourself: "You cannot change your own permissions or remove yourself. Ask another team member who manages this service.",
  lastManager: "There must always be at least one team member who can manage settings, team and usage",
} as const;

type Target = { actor: SessionUser; serviceId: string; userId: string };

function keepsAManager(team: { permissions: string[] }[]): void {
  if (!team.some((m) => hasUiPermission(m.permissions as UserPermission[], "manage_service"))) {
    throw new AppError("BAD_REQUEST", "last manager", { userMessage: TEAM_ERRORS.lastManager });
  }
}

async function checkTarget({ actor, serviceId, userId }: Target) {
  const access = await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  if (!looksLikeId(userId)) throw new AppError("NOT_FOUND", "no such member");
  if (userId === actor.userId) throw new AppError("BAD_REQUEST", "self", { userMessage: TEAM_ERRORS.yourself });
  const member = await findTeamMember(serviceId, userId);
  if (!member) throw new AppError("NOT_FOUND", "no such member");
  return { access, member };
}

/** The member to edit, for the edit page. */
export async function getTeamMember(target: Target) {
  const { access, member } = await checkTarget(target);
  return { service: access.service, member };
}

export async function changeMemberPermissions({ permissions, ...target }: Target & { permissions: UiPermission[] }): Promise<void> {
  await checkTarget(target);
  const stored = toStoredPermissions(permissions);
  if (!(await changeTeamMember(target.serviceId, target.userId, stored, keepsAManager))) throw new AppError("NOT_FOUND", "no such member");
  await insertAuditEvent({ eventType: "team-member-permissions-changed", userId: target.actor.userId, serviceId: target.serviceId, data: { memberId: target.userId, permissions } });
}

export async function removeMember(target: Target): Promise<void> {
  await checkTarget(target);
  if (!(await changeTeamMember(target.serviceId, target.userId, null, keepsAManager))) throw new AppError("NOT_FOUND", "no such member");
  await insertAuditEvent({ eventType: "team-member-removed", userId: target.actor.userId, serviceId: target.serviceId, data: { memberId: target.userId } });
}
