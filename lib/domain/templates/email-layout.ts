// The branded HTML email: the body from render-email.ts inside a layout that mail clients agree on
// (Outlook's Word engine and Gmail's style stripping included). Tables with role="presentation"
// for the layout, every style inline, a 580px column (with an Outlook-only fixed-width table,
// since Word ignores max-width), and the logo as an <img> from a public absolute URL with its
// width, height and alt text, so clients that block images still keep the space and say whose
// email it is. Unbranded emails keep the plain body (no layout), as before branding existed.
import { escapeHtml } from "../text/escape-html";

export const EMAIL_COLUMN_WIDTH = 580;
/** Logos are shown at most this tall (and never wider than the column), keeping their shape. */
export const LOGO_DISPLAY_MAX_HEIGHT = 60;

/** What the layout needs from a branding: already validated, the logo URL absolute. */
export type EmailBrandingLayout = {
  logoUrl: string;
  logoWidth: number;
  logoHeight: number;
  altText: string;
  /** #rrggbb, or null for a white header. */
  bannerColour: string | null;
  bannerText: string | null;
};

const HEX_COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#1D70B8", "1d70b8" or "#fff" as "#1d70b8" / "#ffffff"; null for anything that isn't a hex colour. */
export function normaliseHexColour(input: string): string | null {
  const match = HEX_COLOUR.exec(input.trim());
  if (!match) return null;
  const digits = match[1]!.toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits}`;
}

function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Black or white text, whichever contrasts more with the banner colour (WCAG contrast ratio). */
export function bannerTextColour(bannerColour: string | null): "#0b0c0c" | "#ffffff" {
  if (!bannerColour) return "#0b0c0c";
  const l = relativeLuminance(bannerColour);
  const black = (l + 0.05) / (relativeLuminance("#0b0c0c") + 0.05);
  const white = 1.05 / (l + 0.05);
  return black >= white ? "#0b0c0c" : "#ffffff";
}

/** The size to show a logo at: at most LOGO_DISPLAY_MAX_HEIGHT tall and the column wide, keeping its aspect ratio. */
export function logoDisplaySize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, LOGO_DISPLAY_MAX_HEIGHT / height, (EMAIL_COLUMN_WIDTH - 20) / width);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

const FONT = "font-family:Helvetica,Arial,sans-serif;";

function headerHtml(branding: EmailBrandingLayout): string {
  const size = logoDisplaySize(branding.logoWidth, branding.logoHeight);
  const background = branding.bannerColour ?? "#ffffff";
  const img =
    `<img src="${escapeHtml(branding.logoUrl)}" alt="${escapeHtml(branding.altText)}" width="${size.width}" height="${size.height}" ` +
    `style="display:block;border:0;outline:none;text-decoration:none;width:${size.width}px;height:${size.height}px;">`;
  const text = branding.bannerText
    ? `<td style="padding:0 0 0 12px;vertical-align:middle;${FONT}font-size:19px;line-height:1.3;font-weight:bold;color:${bannerTextColour(branding.bannerColour)};">${escapeHtml(branding.bannerText)}</td>`
    : "";
  return (
    `<tr><td bgcolor="${background}" style="padding:16px 10px;background-color:${background};">` +
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr>` +
    `<td style="vertical-align:middle;">${img}</td>${text}</tr></table></td></tr>`
  );
}

/**
 * A whole HTML document for a branded email. `bodyHtml` is render-email.ts's output (already
 * escaped); the subject, alt text and banner text are escaped here, and the colour must come from
 * normaliseHexColour.
 */
export function brandedEmailHtml(email: { subject: string; bodyHtml: string }, branding: EmailBrandingLayout): string {
  if (branding.bannerColour !== null && normaliseHexColour(branding.bannerColour) !== branding.bannerColour) {
    throw new Error("banner colour must be a normalised #rrggbb colour");
  }
  const w = EMAIL_COLUMN_WIDTH;
  return [
    `<!DOCTYPE html>`,
    `<html lang="en" xmlns="http://www.w3.org/1999/xhtml">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="x-apple-disable-message-reformatting"><title>${escapeHtml(email.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background-color:#ffffff;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr><td align="center" style="padding:0;">`,
    `<!--[if mso]><table role="presentation" width="${w}" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:${w}px;border-collapse:collapse;">`,
    headerHtml(branding),
    `<tr><td style="padding:20px 10px;${FONT}font-size:16px;line-height:1.5;color:#0b0c0c;">`,
    email.bodyHtml,
    `</td></tr></table>`,
    `<!--[if mso]></td></tr></table><![endif]-->`,
    `</td></tr></table>`,
    `</body></html>`,
  ].join("\n");
}
