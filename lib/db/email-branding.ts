// Logos and email brandings (platform-wide, managed by platform admins), and which branding a
// service uses. lib/services/email-branding checks who may do what.
import { getDb } from "./client";

export type EmailLogoRow = { id: string; key: string; contentType: string; width: number; height: number; byteLength: number; fileName: string; createdAt: Date };
export type EmailBrandingRow = {
  id: string;
  name: string;
  altText: string;
  bannerColour: string | null;
  bannerText: string | null;
  logo: { id: string; key: string; width: number; height: number };
};

const LOGO_SELECT = { id: true, key: true, contentType: true, width: true, height: true, byteLength: true, fileName: true, createdAt: true } as const;
const BRANDING_SELECT = { id: true, name: true, altText: true, bannerColour: true, bannerText: true, logo: { select: { id: true, key: true, width: true, height: true } } } as const;

/** Records a stored logo; the same bytes uploaded again give the existing row (the key is their hash). */
export async function upsertEmailLogo(logo: Omit<EmailLogoRow, "id" | "createdAt"> & { uploadedById: string }): Promise<EmailLogoRow> {
  return getDb().emailLogo.upsert({ where: { key: logo.key }, create: logo, update: {}, select: LOGO_SELECT });
}

export async function listEmailLogos(): Promise<EmailLogoRow[]> {
  return getDb().emailLogo.findMany({ orderBy: { createdAt: "desc" }, select: LOGO_SELECT });
}

export async function findEmailLogo(id: string): Promise<EmailLogoRow | null> {
  return getDb().emailLogo.findUnique({ where: { id }, select: LOGO_SELECT });
}

export async function findEmailLogoByKey(key: string): Promise<EmailLogoRow | null> {
  return getDb().emailLogo.findUnique({ where: { key }, select: LOGO_SELECT });
}

export async function isEmailBrandingNameTaken(name: string): Promise<boolean> {
  return (await getDb().emailBranding.count({ where: { name: { equals: name, mode: "insensitive" } } })) > 0;
}

export async function insertEmailBranding(branding: { name: string; logoId: string; altText: string; bannerColour: string | null; bannerText: string | null; createdById: string }): Promise<EmailBrandingRow> {
  return getDb().emailBranding.create({ data: branding, select: BRANDING_SELECT });
}

export async function listEmailBrandings(): Promise<EmailBrandingRow[]> {
  return getDb().emailBranding.findMany({ orderBy: { name: "asc" }, select: BRANDING_SELECT });
}

export async function findEmailBranding(id: string): Promise<EmailBrandingRow | null> {
  return getDb().emailBranding.findUnique({ where: { id }, select: BRANDING_SELECT });
}

/**
 * The branding a service's emails use: its own choice, else its organisation's default, else null
 * (plain emails). One indexed query, by primary keys.
 */
export async function findEmailBrandingForService(serviceId: string): Promise<{ chosenId: string | null; branding: EmailBrandingRow | null } | null> {
  const row = await getDb().service.findUnique({
    where: { id: serviceId },
    select: { emailBrandingId: true, emailBranding: { select: BRANDING_SELECT }, organisation: { select: { emailBranding: { select: BRANDING_SELECT } } } },
  });
  if (!row) return null;
  return { chosenId: row.emailBrandingId, branding: row.emailBranding ?? row.organisation?.emailBranding ?? null };
}

export async function setServiceEmailBranding(serviceId: string, emailBrandingId: string | null): Promise<void> {
  await getDb().service.update({ where: { id: serviceId }, data: { emailBrandingId } });
}

export type OrganisationBrandingRow = { id: string; name: string; emailBrandingId: string | null };

export async function listOrganisationsWithBranding(): Promise<OrganisationBrandingRow[]> {
  return getDb().organisation.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, emailBrandingId: true } });
}

/** False when there is no such organisation. */
export async function setOrganisationEmailBranding(organisationId: string, emailBrandingId: string | null): Promise<boolean> {
  const { count } = await getDb().organisation.updateMany({ where: { id: organisationId }, data: { emailBrandingId } });
  return count > 0;
}
