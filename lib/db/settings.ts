// A service's settings: name and From address, SMS prefix, international texts, text message
// senders, reply-to addresses, data retention, daily limits and the go-live request. Every query is
// scoped to the service id the caller was allowed to act on; rules live in lib/services/settings.
import { getDb, Prisma } from "./client";
import type { NotificationType, ReportDownloads, ServicePermissionType } from "./generated/client";

export type ServiceSettings = {
  id: string;
  name: string;
  emailFrom: string;
  prefixSms: boolean;
  restricted: boolean;
  active: boolean;
  smsMessageLimit: number;
  emailMessageLimit: number;
  internationalSmsMessageLimit: number;
  totalMessageLimit: number;
  goLiveRequestedAt: Date | null;
  goLiveAt: Date | null;
  suspendedAt: Date | null;
  /** The contact details on file download pages (Notify's contact_link); null until set. */
  contactLink: string | null;
  /** Which reports members may download (with recipients, or counts only). */
  reportDownloads: ReportDownloads;
  servicePermissions: ServicePermissionType[];
  dataRetention: { notificationType: NotificationType; daysOfRetention: number }[];
};

export async function findServiceSettings(serviceId: string): Promise<ServiceSettings | null> {
  const row = await getDb().service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      name: true,
      emailFrom: true,
      prefixSms: true,
      restricted: true,
      active: true,
      smsMessageLimit: true,
      emailMessageLimit: true,
      internationalSmsMessageLimit: true,
      totalMessageLimit: true,
      goLiveRequestedAt: true,
      goLiveAt: true,
      suspendedAt: true,
      contactLink: true,
      reportDownloads: true,
      permissions: { select: { permission: true } },
      dataRetention: { select: { notificationType: true, daysOfRetention: true } },
    },
  });
  if (!row) return null;
  const { permissions, ...rest } = row;
  return { ...rest, servicePermissions: permissions.map((p) => p.permission) };
}

export async function isServiceNameTakenByAnother(serviceId: string, name: string): Promise<boolean> {
  return (await getDb().service.count({ where: { name: { equals: name, mode: "insensitive" }, id: { not: serviceId } } })) > 0;
}

export async function isEmailFromTakenByAnother(serviceId: string, emailFrom: string): Promise<boolean> {
  return (await getDb().service.count({ where: { emailFrom, id: { not: serviceId } } })) > 0;
}

/** Changes a service's name, From local part or SMS prefix; false when the name or From address is already another service's (unique index). */
export async function updateServiceDetails(serviceId: string, data: { name?: string; emailFrom?: string; prefixSms?: boolean; contactLink?: string | null }): Promise<boolean> {
  try {
    await getDb().service.update({ where: { id: serviceId }, data, select: { id: true } });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

/** Switches a service feature flag (a service_permissions row) on or off. */
export async function setServicePermission(serviceId: string, permission: ServicePermissionType, isOn: boolean): Promise<void> {
  const db = getDb();
  if (isOn) {
    await db.servicePermission.upsert({ where: { serviceId_permission: { serviceId, permission } }, create: { serviceId, permission }, update: {} });
  } else {
    await db.servicePermission.deleteMany({ where: { serviceId, permission } });
  }
}

// ── Text message senders ────────────────────────────────────────────────────────────────────────

export type SmsSender = { id: string; smsSender: string; isDefault: boolean; originationIdentity: string | null; messagesPerSecond: number | null; inboundNumberId: string | null };
const SMS_SENDER_SELECT = { id: true, smsSender: true, isDefault: true, originationIdentity: true, messagesPerSecond: true, inboundNumberId: true } as const;

export async function listSmsSenders(serviceId: string): Promise<SmsSender[]> {
  return getDb().serviceSmsSender.findMany({ where: { serviceId, archived: false }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], select: SMS_SENDER_SELECT });
}

export async function findSmsSender(serviceId: string, id: string): Promise<SmsSender | null> {
  return getDb().serviceSmsSender.findFirst({ where: { id, serviceId, archived: false }, select: SMS_SENDER_SELECT });
}

type SmsSenderFields = { smsSender: string; originationIdentity: string | null; messagesPerSecond: number | null };

/** Adds a sender; when `isDefault` (or it is the service's first), it becomes the only default. */
export async function insertSmsSender(serviceId: string, sender: SmsSenderFields & { isDefault: boolean }): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const existing = await tx.serviceSmsSender.count({ where: { serviceId, archived: false } });
    const isDefault = sender.isDefault || existing === 0;
    if (isDefault) await tx.serviceSmsSender.updateMany({ where: { serviceId, isDefault: true }, data: { isDefault: false } });
    return tx.serviceSmsSender.create({ data: { serviceId, ...sender, isDefault }, select: { id: true } });
  });
}

/** Changes a sender; `makeDefault` moves the default to it. False when it doesn't exist (in this service). */
export async function updateSmsSender(serviceId: string, id: string, sender: SmsSenderFields & { makeDefault: boolean }): Promise<boolean> {
  const { makeDefault, ...fields } = sender;
  return getDb().$transaction(async (tx) => {
    if (makeDefault) await tx.serviceSmsSender.updateMany({ where: { serviceId, isDefault: true, id: { not: id } }, data: { isDefault: false } });
    const result = await tx.serviceSmsSender.updateMany({ where: { id, serviceId, archived: false }, data: { ...fields, ...(makeDefault ? { isDefault: true } : {}) } });
    if (result.count !== 1) throw new NothingUpdated();
    return true;
  }).catch((error: unknown) => {
    if (error instanceof NothingUpdated) return false;
    throw error;
  });
}

/** Archives a sender that is not the default; false when there was no such sender. */
export async function archiveSmsSender(serviceId: string, id: string): Promise<boolean> {
  const result = await getDb().serviceSmsSender.updateMany({ where: { id, serviceId, archived: false, isDefault: false }, data: { archived: true } });
  return result.count === 1;
}

// ── Reply-to email addresses ────────────────────────────────────────────────────────────────────

export type EmailReplyTo = { id: string; emailAddress: string; isDefault: boolean };
const REPLY_TO_SELECT = { id: true, emailAddress: true, isDefault: true } as const;

export async function listEmailReplyTos(serviceId: string): Promise<EmailReplyTo[]> {
  return getDb().serviceEmailReplyTo.findMany({ where: { serviceId, archived: false }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], select: REPLY_TO_SELECT });
}

export async function findEmailReplyTo(serviceId: string, id: string): Promise<EmailReplyTo | null> {
  return getDb().serviceEmailReplyTo.findFirst({ where: { id, serviceId, archived: false }, select: REPLY_TO_SELECT });
}

/** Adds a reply-to address; when `isDefault` (or it is the service's first), it becomes the only default. */
export async function insertEmailReplyTo(serviceId: string, replyTo: { emailAddress: string; isDefault: boolean }): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const existing = await tx.serviceEmailReplyTo.count({ where: { serviceId, archived: false } });
    const isDefault = replyTo.isDefault || existing === 0;
    if (isDefault) await tx.serviceEmailReplyTo.updateMany({ where: { serviceId, isDefault: true }, data: { isDefault: false } });
    return tx.serviceEmailReplyTo.create({ data: { serviceId, emailAddress: replyTo.emailAddress, isDefault }, select: { id: true } });
  });
}

export async function updateEmailReplyTo(serviceId: string, id: string, replyTo: { emailAddress: string; makeDefault: boolean }): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    if (replyTo.makeDefault) await tx.serviceEmailReplyTo.updateMany({ where: { serviceId, isDefault: true, id: { not: id } }, data: { isDefault: false } });
    const result = await tx.serviceEmailReplyTo.updateMany({
      where: { id, serviceId, archived: false },
      data: { emailAddress: replyTo.emailAddress, ...(replyTo.makeDefault ? { isDefault: true } : {}) },
    });
    if (result.count !== 1) throw new NothingUpdated();
    return true;
  }).catch((error: unknown) => {
    if (error instanceof NothingUpdated) return false;
    throw error;
  });
}

/** Archives a reply-to address that is not the default; false when there was no such address. */
export async function archiveEmailReplyTo(serviceId: string, id: string): Promise<boolean> {
  const result = await getDb().serviceEmailReplyTo.updateMany({ where: { id, serviceId, archived: false, isDefault: false }, data: { archived: true } });
  return result.count === 1;
}

// ── Data retention and limits ───────────────────────────────────────────────────────────────────

export async function upsertDataRetention(serviceId: string, days: Record<NotificationType, number>): Promise<void> {
  const db = getDb();
  await db.$transaction(
    (Object.entries(days) as [NotificationType, number][]).map(([notificationType, daysOfRetention]) =>
      db.serviceDataRetention.upsert({
        where: { serviceId_notificationType: { serviceId, notificationType } },
        create: { serviceId, notificationType, daysOfRetention },
        update: { daysOfRetention },
      }),
    ),
  );
}

export type DailyLimits = { smsMessageLimit: number; emailMessageLimit: number; internationalSmsMessageLimit: number; totalMessageLimit: number };

export async function updateDailyLimits(serviceId: string, limits: DailyLimits): Promise<void> {
  await getDb().service.update({ where: { id: serviceId }, data: limits, select: { id: true } });
}

// ── Going live ──────────────────────────────────────────────────────────────────────────────────

export type GoLiveFacts = { templateCount: number; memberCount: number; replyToCount: number };

/** What the go-live checklist looks at, counted in one round trip. */
export async function countGoLiveFacts(serviceId: string): Promise<GoLiveFacts> {
  const db = getDb();
  const [templateCount, memberCount, replyToCount] = await db.$transaction([
    db.template.count({ where: { serviceId, archived: false } }),
    db.serviceUser.count({ where: { serviceId } }),
    db.serviceEmailReplyTo.count({ where: { serviceId, archived: false } }),
  ]);
  return { templateCount, memberCount, replyToCount };
}

/** Records a go-live request unless one is already waiting or the service is live; false if nothing changed. */
export async function recordGoLiveRequest(serviceId: string, userId: string, at: Date): Promise<boolean> {
  const result = await getDb().service.updateMany({
    where: { id: serviceId, restricted: true, goLiveRequestedAt: null },
    data: { goLiveRequestedAt: at, goLiveRequestedById: userId },
  });
  return result.count === 1;
}

/** Thrown inside a transaction to roll it back when the row to change is not there. */
class NothingUpdated extends Error {}
