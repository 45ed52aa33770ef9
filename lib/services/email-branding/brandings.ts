// Email brandings: platform admins define them (a logo, its alt text, an optional banner colour
// and text) and set organisations' defaults; a service's managers pick one for their emails, or
// none. Every branding is offered to every service. Each change is audited.
import { insertAuditEvent } from "../../db/audit";
import {
  findEmailBranding,
  findEmailBrandingForService,
  findEmailLogo,
  insertEmailBranding,
  isEmailBrandingNameTaken,
  listEmailBrandings,
  listEmailLogos,
  listOrganisationsWithBranding,
  setOrganisationEmailBranding,
  setServiceEmailBranding,
  type EmailBrandingRow,
  type EmailLogoRow,
  type OrganisationBrandingRow,
} from "../../db/email-branding";
import type { EmailBrandingLayout } from "../../domain/templates/email-layout";
import { AppError } from "../../errors";
import { EMAIL_BRANDING_ERRORS, type ChooseEmailBrandingInput, type CreateEmailBrandingInput, type OrganisationBrandingInput } from "../../schemas/email-branding";
import type { SessionUser } from "../auth/sessions";
import { requirePlatformAdmin } from "../platform-admin/require-platform-admin";
import { requireServiceAccess } from "../service/service-access";
import { forgetEmailBranding } from "../delivery/email-branding";
import { findServiceBrandingLayout } from "./layout";

export type { EmailBrandingRow };

export type EmailBrandingAdminView = { brandings: EmailBrandingRow[]; logos: EmailLogoRow[]; organisations: OrganisationBrandingRow[] };

export async function getEmailBrandingAdminView({ actor }: { actor: SessionUser }): Promise<EmailBrandingAdminView> {
  requirePlatformAdmin(actor);
  const [brandings, logos, organisations] = await Promise.all([listEmailBrandings(), listEmailLogos(), listOrganisationsWithBranding()]);
  return { brandings, logos, organisations };
}

/** @throws AppError VALIDATION when the name is taken or the logo doesn't exist. */
export async function createEmailBranding({ actor, input }: { actor: SessionUser; input: CreateEmailBrandingInput }): Promise<EmailBrandingRow> {
  requirePlatformAdmin(actor);
  if (!(await findEmailLogo(input.logoId))) throw new AppError("VALIDATION", "no such logo", { fieldErrors: { logoId: EMAIL_BRANDING_ERRORS.logo } });
  const taken = new AppError("CONFLICT", "branding name taken", { fieldErrors: { name: EMAIL_BRANDING_ERRORS.nameTaken } });
  if (await isEmailBrandingNameTaken(input.name)) throw taken;
  let branding: EmailBrandingRow;
  try {
    branding = await insertEmailBranding({ ...input, createdById: actor.userId });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw taken;
    throw error;
  }
  await insertAuditEvent({ eventType: "email-branding-created", userId: actor.userId, data: { emailBrandingId: branding.id, name: branding.name } });
  return branding;
}

async function requireBranding(id: string | null): Promise<void> {
  if (id !== null && !(await findEmailBranding(id))) throw new AppError("VALIDATION", "no such branding", { fieldErrors: { emailBranding: EMAIL_BRANDING_ERRORS.choose } });
}

/** Sets (or clears) an organisation's default branding, used by its services that chose none. */
export async function setOrganisationDefaultBranding({ actor, input }: { actor: SessionUser; input: OrganisationBrandingInput }): Promise<void> {
  requirePlatformAdmin(actor);
  await requireBranding(input.emailBranding);
  forgetEmailBranding();
  if (!(await setOrganisationEmailBranding(input.organisationId, input.emailBranding))) {
    throw new AppError("VALIDATION", "no such organisation", { fieldErrors: { organisationId: EMAIL_BRANDING_ERRORS.organisation } });
  }
  await insertAuditEvent({ eventType: "organisation-email-branding-changed", userId: actor.userId, data: { organisationId: input.organisationId, emailBrandingId: input.emailBranding } });
}

export type ServiceEmailBrandingView = {
  /** What the service chose; null when it uses its organisation's default or none. */
  chosenId: string | null;
  /** What its emails use now. */
  current: EmailBrandingRow | null;
  options: EmailBrandingRow[];
};

/** The service's branding and the ones it may pick (needs "Manage settings, team and usage"). */
export async function getServiceEmailBranding({ actor, serviceId }: { actor: SessionUser; serviceId: string }): Promise<ServiceEmailBrandingView> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const [found, options] = await Promise.all([findEmailBrandingForService(serviceId), listEmailBrandings()]);
  if (!found) throw new AppError("NOT_FOUND", "service not found");
  return { chosenId: found.chosenId, current: found.branding, options };
}

/** The branding a service's emails use (or null), for its template previews. Membership is checked by the caller's own access check. */
export async function findServiceBrandingForPreview(serviceId: string): Promise<EmailBrandingLayout | null> {
  return findServiceBrandingLayout(serviceId, "");
}

/** The branding a preview of this kind of template shows: the service's for an email, none for a text. */
export async function previewBrandingFor(serviceId: string, templateType: "sms" | "email"): Promise<EmailBrandingLayout | null> {
  return templateType === "email" ? findServiceBrandingForPreview(serviceId) : null;
}

export async function chooseServiceEmailBranding({ actor, serviceId, input }: { actor: SessionUser; serviceId: string; input: ChooseEmailBrandingInput }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  await requireBranding(input.emailBranding);
  await setServiceEmailBranding(serviceId, input.emailBranding);
  forgetEmailBranding(serviceId);
  await insertAuditEvent({ eventType: "service-email-branding-changed", userId: actor.userId, serviceId, data: { emailBrandingId: input.emailBranding } });
}
