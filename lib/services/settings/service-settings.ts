// A service's settings page and the simple changes on it: name (and with it the From address),
// SMS prefix, international texts, the email sender name and data retention. Each needs
// "Manage settings, team and usage"; each change is audited. Daily limits are shown here but only
// platform admins change them (lib/services/platform-admin/services.ts).
import { insertAuditEvent } from "../../db/audit";
import { findEmailBrandingForService } from "../../db/email-branding";
import {
  findServiceSettings,
  isEmailFromTakenByAnother,
  isServiceNameTakenByAnother,
  listEmailReplyTos,
  listSmsSenders,
  setServicePermission,
  updateServiceDetails,
  upsertDataRetention,
  type EmailReplyTo,
  type SmsSender,
} from "../../db/settings";
import { emailSafe } from "../../domain/permissions";
import type { ReportDownloads } from "../../domain/reports/aggregate-report";
import { DATA_RETENTION, EMAIL_FROM_ERRORS } from "../../domain/senders";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import type { ChangeServiceNameInput, DataRetentionInput, EmailFromInput, FilesContactInput, InternationalSmsInput, SmsPrefixInput } from "../../schemas/settings";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";
import { SERVICE_NAME_TAKEN } from "../service/create-service";

type Scope = { actor: SessionUser; serviceId: string };

export type ServiceSettingsView = {
  id: string;
  name: string;
  /** The whole From address, `<emailFrom>@<NOTIFY_EMAIL_DOMAIN>`. */
  emailFromAddress: string;
  emailFrom: string;
  prefixSms: boolean;
  internationalSms: boolean;
  restricted: boolean;
  active: boolean;
  goLiveRequestedAt: Date | null;
  smsSenders: SmsSender[];
  emailReplyTos: EmailReplyTo[];
  /** The contact details on file download pages; null until set (the API refuses files until then). */
  filesContact: string | null;
  /** Days kept per channel (the default where none is set). */
  dataRetention: { sms: number; email: number };
  limits: { smsMessageLimit: number; emailMessageLimit: number; internationalSmsMessageLimit: number; totalMessageLimit: number };
  /** The branding the service's emails use (its own or its organisation's), or null for none. */
  emailBrandingName: string | null;
  /** Which reports members may download (with recipients, or counts only). */
  reportDownloads: ReportDownloads;
  /** Only platform admins may change the daily limits. */
  canChangeLimits: boolean;
};

async function loadSettings(serviceId: string) {
  const settings = await findServiceSettings(serviceId);
  if (!settings) throw new AppError("NOT_FOUND", "service not found");
  return settings;
}

/** Everything the settings page shows. */
export async function getServiceSettings({ actor, serviceId }: Scope): Promise<ServiceSettingsView> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const [settings, smsSenders, emailReplyTos, branding] = await Promise.all([loadSettings(serviceId), listSmsSenders(serviceId), listEmailReplyTos(serviceId), findEmailBrandingForService(serviceId)]);
  const retention = (type: "sms" | "email") => settings.dataRetention.find((r) => r.notificationType === type)?.daysOfRetention ?? DATA_RETENTION.default;
  return {
    id: settings.id,
    name: settings.name,
    emailFrom: settings.emailFrom,
    emailFromAddress: `${settings.emailFrom}@${getEnv().NOTIFY_EMAIL_DOMAIN}`,
    prefixSms: settings.prefixSms,
    internationalSms: settings.servicePermissions.includes("international_sms"),
    restricted: settings.restricted,
    active: settings.active,
    goLiveRequestedAt: settings.goLiveRequestedAt,
    smsSenders,
    emailReplyTos,
    filesContact: settings.contactLink,
    dataRetention: { sms: retention("sms"), email: retention("email") },
    limits: {
      smsMessageLimit: settings.smsMessageLimit,
      emailMessageLimit: settings.emailMessageLimit,
      internationalSmsMessageLimit: settings.internationalSmsMessageLimit,
      totalMessageLimit: settings.totalMessageLimit,
    },
    emailBrandingName: branding?.branding?.name ?? null,
    reportDownloads: settings.reportDownloads,
    canChangeLimits: actor.platformAdmin,
  };
}

/**
 * Renames the service and sets its From address to the new name's email-safe form. Both must be
 * unused by other services (ignoring case for the name); like Notify, a clash of either gives
 * "This service name is already in use".
 */
export async function changeServiceName({ actor, serviceId, input }: Scope & { input: ChangeServiceNameInput }): Promise<void> {
  const { service } = await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const emailFrom = emailSafe(input.name) || `service.${serviceId.slice(0, 8)}`;
  const taken = new AppError("CONFLICT", "service name taken", { fieldErrors: { name: SERVICE_NAME_TAKEN } });
  if ((await isServiceNameTakenByAnother(serviceId, input.name)) || (await isEmailFromTakenByAnother(serviceId, emailFrom))) throw taken;
  if (!(await updateServiceDetails(serviceId, { name: input.name, emailFrom }))) throw taken;
  await insertAuditEvent({ eventType: "service-name-changed", userId: actor.userId, serviceId, data: { from: service.name, to: input.name, emailFrom } });
}

export async function changeSmsPrefix({ actor, serviceId, input }: Scope & { input: SmsPrefixInput }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  await updateServiceDetails(serviceId, { prefixSms: input.prefixSms });
  await insertAuditEvent({ eventType: "service-sms-prefix-changed", userId: actor.userId, serviceId, data: { prefixSms: input.prefixSms } });
}

export async function changeInternationalSms({ actor, serviceId, input }: Scope & { input: InternationalSmsInput }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  await setServicePermission(serviceId, "international_sms", input.internationalSms);
  await insertAuditEvent({ eventType: "service-international-sms-changed", userId: actor.userId, serviceId, data: { internationalSms: input.internationalSms } });
}

/** Sets the From address's local part; it must not be another service's. */
export async function changeEmailFrom({ actor, serviceId, input }: Scope & { input: EmailFromInput }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const taken = new AppError("CONFLICT", "email_from taken", { fieldErrors: { emailFrom: EMAIL_FROM_ERRORS.taken } });
  if (await isEmailFromTakenByAnother(serviceId, input.emailFrom)) throw taken;
  if (!(await updateServiceDetails(serviceId, { emailFrom: input.emailFrom }))) throw taken;
  await insertAuditEvent({ eventType: "service-email-from-changed", userId: actor.userId, serviceId, data: { emailFrom: input.emailFrom } });
}

export async function changeDataRetention({ actor, serviceId, input }: Scope & { input: DataRetentionInput }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  await upsertDataRetention(serviceId, { sms: input.smsDays, email: input.emailDays });
  await insertAuditEvent({ eventType: "service-data-retention-changed", userId: actor.userId, serviceId, data: { sms: input.smsDays, email: input.emailDays } });
}

/** Sets the contact details shown on the service's file download pages (needed to send files by email). */
export async function changeFilesContact({ actor, serviceId, input }: Scope & { input: FilesContactInput }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  await updateServiceDetails(serviceId, { contactLink: input.contactLink });
  await insertAuditEvent({ eventType: "service-files-contact-changed", userId: actor.userId, serviceId, data: { contactLink: input.contactLink } });
}
