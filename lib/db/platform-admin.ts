// Reads and writes for the platform-admin pages: every service with its message volumes, going
// live, suspending services, and finding, suspending and reactivating users. These cross services
// by design; lib/services/platform-admin checks the caller is a platform admin first.
import { getDb } from "./client";
import type { NotificationType, UserState } from "./generated/client";

export type ServiceOverview = {
  id: string;
  name: string;
  restricted: boolean;
  active: boolean;
  goLiveRequestedAt: Date | null;
  /** Messages created since `since`, by channel (test-key messages left out). */
  volumes: Record<NotificationType, number>;
};

/** Every service (not archived), with counts of messages created since `since` by channel. */
export async function listServicesWithVolumes(since: Date): Promise<ServiceOverview[]> {
  const db = getDb();
  const [services, recent, history] = await Promise.all([
    db.service.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, restricted: true, active: true, goLiveRequestedAt: true },
    }),
    db.notification.groupBy({ by: ["serviceId", "notificationType"], where: { createdAt: { gte: since }, keyType: { not: "test" } }, _count: { _all: true } }),
    // Messages past a short retention period have moved to notification_history; they still count.
    db.notificationHistory.groupBy({ by: ["serviceId", "notificationType"], where: { createdAt: { gte: since }, keyType: { not: "test" } }, _count: { _all: true } }),
  ]);
  const volumes = new Map<string, Record<NotificationType, number>>();
  for (const row of [...recent, ...history]) {
    const entry = volumes.get(row.serviceId) ?? { sms: 0, email: 0 };
    entry[row.notificationType] += row._count._all;
    volumes.set(row.serviceId, entry);
  }
  return services.map((service) => ({ ...service, volumes: volumes.get(service.id) ?? { sms: 0, email: 0 } }));
}

export type ServiceForAdmin = {
  id: string;
  name: string;
  restricted: boolean;
  active: boolean;
  goLiveAt: Date | null;
  goLiveRequestedAt: Date | null;
  goLiveRequestedBy: { id: string; name: string; emailAddress: string } | null;
  suspendedAt: Date | null;
  smsMessageLimit: number;
  emailMessageLimit: number;
  internationalSmsMessageLimit: number;
  totalMessageLimit: number;
};

export async function findServiceForAdmin(serviceId: string): Promise<ServiceForAdmin | null> {
  const db = getDb();
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      name: true,
      restricted: true,
      active: true,
      goLiveAt: true,
      goLiveRequestedAt: true,
      goLiveRequestedById: true,
      suspendedAt: true,
      smsMessageLimit: true,
      emailMessageLimit: true,
      internationalSmsMessageLimit: true,
      totalMessageLimit: true,
    },
  });
  if (!service) return null;
  const { goLiveRequestedById, ...rest } = service;
  const goLiveRequestedBy = goLiveRequestedById
    ? await db.user.findUnique({ where: { id: goLiveRequestedById }, select: { id: true, name: true, emailAddress: true } })
    : null;
  return { ...rest, goLiveRequestedBy };
}

/** Makes a trial service live: not restricted, who and when, the live daily limits, request cleared. False if it was already live. */
export async function markServiceLive(serviceId: string, change: { userId: string; at: Date; smsMessageLimit: number; emailMessageLimit: number }): Promise<boolean> {
  const result = await getDb().service.updateMany({
    where: { id: serviceId, restricted: true },
    data: {
      restricted: false,
      goLiveAt: change.at,
      goLiveUserId: change.userId,
      smsMessageLimit: change.smsMessageLimit,
      emailMessageLimit: change.emailMessageLimit,
      goLiveRequestedAt: null,
      goLiveRequestedById: null,
    },
  });
  return result.count === 1;
}

/** Clears a waiting go-live request; false when there was none. */
export async function clearGoLiveRequest(serviceId: string): Promise<boolean> {
  const result = await getDb().service.updateMany({
    where: { id: serviceId, goLiveRequestedAt: { not: null } },
    data: { goLiveRequestedAt: null, goLiveRequestedById: null },
  });
  return result.count === 1;
}

/** Suspends (active=false, suspendedAt) or resumes (active=true) a service; false if it was already so. */
export async function setServiceActive(serviceId: string, isActive: boolean, at: Date): Promise<boolean> {
  const result = await getDb().service.updateMany({
    where: { id: serviceId, active: !isActive },
    data: isActive ? { active: true, suspendedAt: null } : { active: false, suspendedAt: at },
  });
  return result.count === 1;
}

export type UserForAdmin = {
  id: string;
  name: string;
  emailAddress: string;
  mobileNumber: string | null;
  state: UserState;
  platformAdmin: boolean;
  loggedInAt: Date | null;
  services: { id: string; name: string }[];
};

const USER_SELECT = {
  id: true,
  name: true,
  emailAddress: true,
  mobileNumber: true,
  state: true,
  platformAdmin: true,
  loggedInAt: true,
  services: { select: { service: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
} as const;

function toUserForAdmin(row: { services: { service: { id: string; name: string } }[] } & Omit<UserForAdmin, "services">): UserForAdmin {
  const { services, ...user } = row;
  return { ...user, services: services.map((s) => s.service) };
}

/** Users whose email address contains `text` (case-insensitive), at most `limit`. */
export async function searchUsersByEmail(text: string, limit = 50): Promise<UserForAdmin[]> {
  const rows = await getDb().user.findMany({ where: { emailAddress: { contains: text, mode: "insensitive" } }, orderBy: { emailAddress: "asc" }, take: limit, select: USER_SELECT });
  return rows.map(toUserForAdmin);
}

export async function findUserForAdmin(userId: string): Promise<UserForAdmin | null> {
  const row = await getDb().user.findUnique({ where: { id: userId }, select: USER_SELECT });
  return row ? toUserForAdmin(row) : null;
}

/**
 * Moves a user between active and inactive. Suspending also deletes their sessions in the same
 * transaction, so they are signed out everywhere at once. False if the user was not in `from`.
 */
export async function setUserState(userId: string, from: UserState, to: UserState): Promise<boolean> {
  const db = getDb();
  return db.$transaction(async (tx) => {
    const result = await tx.user.updateMany({ where: { id: userId, state: from }, data: { state: to } });
    if (result.count !== 1) return false;
    if (to === "inactive") await tx.userSession.deleteMany({ where: { userId } });
    return true;
  });
}
