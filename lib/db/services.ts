// Services and their members. Every read is scoped: by the service id the caller is allowed to see,
// or to the services a user belongs to.
import { getDb } from "./client";
import type { PermissionType, Prisma, ServicePermissionType } from "./generated/client";

export type ServiceSummary = { id: string; name: string; restricted: boolean; active: boolean };

export async function isServiceNameTaken(name: string): Promise<boolean> {
  return (await getDb().service.count({ where: { name: { equals: name, mode: "insensitive" } } })) > 0;
}

export async function isEmailFromTaken(emailFrom: string): Promise<boolean> {
  return (await getDb().service.count({ where: { emailFrom } })) > 0;
}

/** Creates a trial service with its feature flags and the creator as a member with `permissions`. */
export async function insertServiceWithCreator(service: {
  name: string;
  emailFrom: string;
  createdById: string;
  servicePermissions: ServicePermissionType[];
  creatorPermissions: PermissionType[];
}): Promise<{ id: string }> {
  return getDb().service.create({
    data: {
      name: service.name,
      emailFrom: service.emailFrom,
      createdById: service.createdById,
      restricted: true,
      permissions: { create: service.servicePermissions.map((permission) => ({ permission })) },
      users: { create: { userId: service.createdById, permissions: service.creatorPermissions } },
    },
    select: { id: true },
  });
}

export async function listServicesForUser(userId: string): Promise<ServiceSummary[]> {
  return getDb().service.findMany({
    where: { users: { some: { userId } }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, restricted: true, active: true },
  });
}

export async function listAllServices(): Promise<ServiceSummary[]> {
  return getDb().service.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, restricted: true, active: true } });
}

export async function findServiceForMember(serviceId: string, userId: string): Promise<(ServiceSummary & { permissions: PermissionType[] | null }) | null> {
  const service = await getDb().service.findUnique({
    where: { id: serviceId },
    select: { id: true, name: true, restricted: true, active: true, users: { where: { userId }, select: { permissions: true } } },
  });
  if (!service) return null;
  const { users, ...summary } = service;
  return { ...summary, permissions: users[0]?.permissions ?? null };
}

export type TeamMember = { userId: string; name: string; emailAddress: string; permissions: PermissionType[] };

export async function listTeamMembers(serviceId: string): Promise<TeamMember[]> {
  const rows = await getDb().serviceUser.findMany({
    where: { serviceId },
    orderBy: { createdAt: "asc" },
    select: { userId: true, permissions: true, user: { select: { name: true, emailAddress: true } } },
  });
  return rows.map((r) => ({ userId: r.userId, permissions: r.permissions, name: r.user.name, emailAddress: r.user.emailAddress }));
}

export async function isTeamMemberEmail(serviceId: string, emailAddress: string): Promise<boolean> {
  return (await getDb().serviceUser.count({ where: { serviceId, user: { emailAddress } } })) > 0;
}

export type AcceptedInvite = { id: string; serviceId: string; permissions: PermissionType[] };

/**
 * Within `tx`: makes the user a member of each invitation's service with the invited permissions
 * (a member already keeps theirs) and marks the invitations accepted.
 */
export async function joinInvitedServices(tx: Prisma.TransactionClient, userId: string, invites: readonly AcceptedInvite[]): Promise<void> {
  await tx.serviceUser.createMany({ data: invites.map((invite) => ({ serviceId: invite.serviceId, userId, permissions: invite.permissions })), skipDuplicates: true });
  await tx.invitedUser.updateMany({ where: { id: { in: invites.map((invite) => invite.id) }, status: "pending" }, data: { status: "accepted" } });
}

/** Accepts one invitation for an existing account: membership and the invitation's status change together. */
export async function acceptInvitation(userId: string, invite: AcceptedInvite): Promise<void> {
  await getDb().$transaction((tx) => joinInvitedServices(tx, userId, [invite]));
}

// ── Invitations ─────────────────────────────────────────────────────────────────────────────────

export type InviteSummary = { id: string; emailAddress: string; permissions: PermissionType[]; status: string; createdAt: Date; expiresAt: Date };
const INVITE_SELECT = { id: true, emailAddress: true, permissions: true, status: true, createdAt: true, expiresAt: true } as const;

export async function insertInvite(invite: { serviceId: string; fromUserId: string; emailAddress: string; permissions: PermissionType[]; expiresAt: Date }): Promise<{ id: string }> {
  return getDb().invitedUser.create({ data: invite, select: { id: true } });
}

export async function listPendingInvites(serviceId: string, now = new Date()): Promise<InviteSummary[]> {
  return getDb().invitedUser.findMany({ where: { serviceId, status: "pending", expiresAt: { gt: now } }, orderBy: { createdAt: "desc" }, select: INVITE_SELECT });
}

export async function findInvite(id: string): Promise<(InviteSummary & { serviceId: string; serviceName: string; fromUserName: string }) | null> {
  const row = await getDb().invitedUser.findUnique({
    where: { id },
    select: { ...INVITE_SELECT, serviceId: true, service: { select: { name: true } }, fromUser: { select: { name: true } } },
  });
  if (!row) return null;
  const { service, fromUser, ...invite } = row;
  return { ...invite, serviceName: service.name, fromUserName: fromUser.name };
}

/** Pending, unexpired invitations addressed to `emailAddress` (any service). */
export async function listPendingInvitesForEmail(emailAddress: string, now = new Date()): Promise<(InviteSummary & { serviceId: string })[]> {
  return getDb().invitedUser.findMany({ where: { emailAddress, status: "pending", expiresAt: { gt: now } }, orderBy: { createdAt: "asc" }, select: { ...INVITE_SELECT, serviceId: true } });
}

/** Moves a pending invite to `status`; false when it was no longer pending. */
export async function updateInviteStatus(id: string, serviceId: string, status: "accepted" | "cancelled" | "expired"): Promise<boolean> {
  const result = await getDb().invitedUser.updateMany({ where: { id, serviceId, status: "pending" }, data: { status } });
  return result.count === 1;
}

// ── What sending and previews need to know about a service ──────────────────────────────────────

export type ServiceProfile = {
  id: string;
  name: string;
  restricted: boolean;
  active: boolean;
  prefixSms: boolean;
  emailFrom: string;
  channels: ServicePermissionType[];
  smsMessageLimit: number;
  emailMessageLimit: number;
  /** The default (not archived) SMS sender and email reply-to address, if the service has one. */
  defaultSmsSender: string | null;
  defaultReplyTo: string | null;
};

export async function findServiceProfile(serviceId: string): Promise<ServiceProfile | null> {
  const row = await getDb().service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      name: true,
      restricted: true,
      active: true,
      prefixSms: true,
      emailFrom: true,
      smsMessageLimit: true,
      emailMessageLimit: true,
      permissions: { select: { permission: true } },
      smsSenders: { where: { isDefault: true, archived: false }, select: { smsSender: true }, take: 1 },
      emailReplyTos: { where: { isDefault: true, archived: false }, select: { emailAddress: true }, take: 1 },
    },
  });
  if (!row) return null;
  const { permissions, smsSenders, emailReplyTos, ...service } = row;
  return {
    ...service,
    channels: permissions.map((p) => p.permission),
    defaultSmsSender: smsSenders[0]?.smsSender ?? null,
    defaultReplyTo: emailReplyTos[0]?.emailAddress ?? null,
  };
}

/** Services the user belongs to (id and name), for copying templates between them. */
export async function listMemberServiceIds(userId: string): Promise<{ id: string; name: string }[]> {
  return getDb().service.findMany({ where: { users: { some: { userId } }, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Team members' email addresses and mobile numbers: who a trial service may send to (with its guest list). */
export async function listTeamContacts(serviceId: string): Promise<{ emailAddress: string; mobileNumber: string | null }[]> {
  const rows = await getDb().serviceUser.findMany({ where: { serviceId }, select: { user: { select: { emailAddress: true, mobileNumber: true } } } });
  return rows.map((r) => r.user);
}

/** The signed-in user's own contact details, for "send yourself a test". */
export async function findUserContact(userId: string): Promise<{ emailAddress: string; mobileNumber: string | null } | null> {
  return getDb().user.findUnique({ where: { id: userId }, select: { emailAddress: true, mobileNumber: true } });
}

/**
 * Changes one member's permissions (or removes them with `permissions: null`) while holding a lock
 * on the service's team, after `guard` has seen the whole team as it will be. `guard` throws to
 * refuse (e.g. no manager would be left), and then nothing is written. False when not a member.
 */
export async function changeTeamMember(
  serviceId: string,
  userId: string,
  permissions: PermissionType[] | null,
  guard: (teamAfter: { userId: string; permissions: PermissionType[] }[]) => void,
): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const team = await tx.$queryRaw<{ user_id: string; permissions: PermissionType[] }[]>`
      SELECT user_id, permissions::text[] AS permissions FROM user_to_service WHERE service_id = ${serviceId}::uuid ORDER BY user_id FOR UPDATE`;
    if (!team.some((m) => m.user_id === userId)) return false;
    const after = team.flatMap((m) => (m.user_id !== userId ? [{ userId: m.user_id, permissions: m.permissions }] : permissions === null ? [] : [{ userId, permissions }]));
    guard(after);
    if (permissions === null) await tx.serviceUser.delete({ where: { serviceId_userId: { serviceId, userId } } });
    else await tx.serviceUser.update({ where: { serviceId_userId: { serviceId, userId } }, data: { permissions } });
    return true;
  });
}

export async function findTeamMember(serviceId: string, userId: string): Promise<TeamMember | null> {
  const row = await getDb().serviceUser.findUnique({
    where: { serviceId_userId: { serviceId, userId } },
    select: { userId: true, permissions: true, user: { select: { name: true, emailAddress: true } } },
  });
  return row ? { userId: row.userId, permissions: row.permissions, name: row.user.name, emailAddress: row.user.emailAddress } : null;
}
