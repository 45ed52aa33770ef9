// Where a logo is served and a branding as the email layout needs it (shared by delivery and the
// portal's previews).
import { findEmailBrandingForService, type EmailBrandingRow } from "../../db/email-branding";
import type { EmailBrandingLayout } from "../../domain/templates/email-layout";

/** The path the app serves a logo at (app/email-logos/[file]/route.ts); emails prefix NOTIFY_BASE_URL. */
export function logoPath(key: string): string {
  return `/email-logos/${key}`;
}

/** A branding for the email layout; `baseUrl` "" gives a same-origin path (the portal's preview). */
export function brandingLayout(branding: EmailBrandingRow, baseUrl: string): EmailBrandingLayout {
  return {
    logoUrl: `${baseUrl.replace(/\/+$/, "")}${logoPath(branding.logo.key)}`,
    logoWidth: branding.logo.width,
    logoHeight: branding.logo.height,
    altText: branding.altText,
    bannerColour: branding.bannerColour,
    bannerText: branding.bannerText,
  };
}

/** The branding the service's emails use (its choice, else its organisation's default), for the layout; null for plain emails. */
export async function findServiceBrandingLayout(serviceId: string, baseUrl: string): Promise<EmailBrandingLayout | null> {
  const found = await findEmailBrandingForService(serviceId);
  return found?.branding ? brandingLayout(found.branding, baseUrl) : null;
}
