// Inviting someone to a service's team: a member who can manage the team picks the permissions;
// the invitee gets an email with a link (2 days); following it while signed in with the invited
// address adds them to the team. Invitations can be cancelled while pending.
import { insertAuditEvent } from "../../db/audit";
import { acceptInvitation, findInvite, insertInvite, isTeamMemberEmail, listPendingInvites, listTeamMembers, updateInviteStatus } from "../../db/services";
import { toStoredPermissions, type UiPermission } from "../../domain/permissions";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { createToken, verifyToken } from "../../security/tokens";
import type { SessionUser } from "../auth/sessions";
import { sendPlatformMessage } from "../notifications/send-platform-message";
import { requireServiceAccess } from "../service/service-access";

export const INVITE_TTL_SECONDS = 2 * 24 * 60 * 60;

export const INVITE_ERRORS = {
  yourself: "You cannot send an invitation to yourself",
  alreadyMember: "This person is already a team member",
  expired: "Your invitation to Notify has expired. Please ask the person that invited you to send you another one",
  cancelled: "This invitation has been cancelled. Ask the person that invited you to send you another one",
  invalid: "Something’s wrong with this link. Make sure you’ve copied the whole thing.",
  otherPerson: "You cannot accept an invite for another person. Sign out and sign in with the email address the invitation was sent to.",
} as const;

export async function inviteTeamMember({ actor, serviceId, emailAddress, permissions }: { actor: SessionUser; serviceId: string; emailAddress: string; permissions: UiPermission[] }): Promise<{ inviteId: string }> {
  const { service } = await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  if (emailAddress === actor.emailAddress.toLowerCase() && !actor.platformAdmin) {
    throw new AppError("VALIDATION", "self invite", { fieldErrors: { emailAddress: INVITE_ERRORS.yourself } });
  }
  if (await isTeamMemberEmail(serviceId, emailAddress)) {
    throw new AppError("VALIDATION", "already member", { fieldErrors: { emailAddress: INVITE_ERRORS.alreadyMember } });
  }
  const env = getEnv();
  const { id } = await insertInvite({
    serviceId,
    fromUserId: actor.userId,
    emailAddress,
    permissions: toStoredPermissions(permissions),
    expiresAt: new Date(Date.now() + INVITE_TTL_SECONDS * 1000),
  });
  const token = createToken("invite", id, INVITE_TTL_SECONDS, env.SECRET_KEY);
  await sendPlatformMessage("invitation", {
    to: emailAddress,
    personalisation: { user_name: actor.name, service_name: service.name, url: `${env.NOTIFY_BASE_URL}/invitation/${token}` },
    createdById: actor.userId,
  });
  await insertAuditEvent({ eventType: "invite-sent", userId: actor.userId, serviceId, data: { inviteId: id, permissions } });
  return { inviteId: id };
}

export async function getTeam({ actor, serviceId }: { actor: SessionUser; serviceId: string }) {
  const access = await requireServiceAccess({ actor, serviceId });
  const members = await listTeamMembers(serviceId);
  const canManage = access.permissions.includes("manage_users");
  return { service: access.service, members, invites: canManage ? await listPendingInvites(serviceId) : [], canManage };
}

export async function cancelInvite({ actor, serviceId, inviteId }: { actor: SessionUser; serviceId: string; inviteId: string }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  if (!(await updateInviteStatus(inviteId, serviceId, "cancelled"))) throw new AppError("NOT_FOUND", "no pending invite");
  await insertAuditEvent({ eventType: "invite-cancelled", userId: actor.userId, serviceId, data: { inviteId } });
}

/** What the invitation link points at, for the page to show (and to check before accepting). */
export async function describeInvite(token: string) {
  const check = verifyToken(token, "invite", getEnv().SECRET_KEY);
  if (!check.ok && check.reason === "invalid") throw new AppError("BAD_REQUEST", "bad invite token", { userMessage: INVITE_ERRORS.invalid });
  const invite = await findInvite(check.payload.sub);
  if (!invite) throw new AppError("BAD_REQUEST", "no invite", { userMessage: INVITE_ERRORS.invalid });
  if (invite.status === "cancelled") throw new AppError("BAD_REQUEST", "cancelled", { userMessage: INVITE_ERRORS.cancelled });
  if (invite.status === "pending" && (!check.ok || invite.expiresAt <= new Date())) {
    await updateInviteStatus(invite.id, invite.serviceId, "expired");
    throw new AppError("BAD_REQUEST", "expired", { userMessage: INVITE_ERRORS.expired });
  }
  if (invite.status === "expired") throw new AppError("BAD_REQUEST", "expired", { userMessage: INVITE_ERRORS.expired });
  return invite;
}

/** Accepts the invitation for the signed-in user, whose email must be the invited one. */
export async function acceptInvite({ actor, token }: { actor: SessionUser; token: string }): Promise<{ serviceId: string }> {
  const invite = await describeInvite(token);
  if (invite.emailAddress !== actor.emailAddress.toLowerCase()) throw new AppError("FORBIDDEN", "other person", { userMessage: INVITE_ERRORS.otherPerson });
  if (invite.status === "accepted") return { serviceId: invite.serviceId };
  await acceptInvitation(actor.userId, invite);
  await insertAuditEvent({ eventType: "invite-accepted", userId: actor.userId, serviceId: invite.serviceId, data: { inviteId: invite.id } });
  return { serviceId: invite.serviceId };
}
