// Turns a stored notification and its personalisation into what the provider sends, using the
// content engine in lib/domain (the same code the portal previews and the API validates with).
import type { NotificationForDelivery } from "../../db/notifications";
import { brandedEmailHtml, type EmailBrandingLayout } from "../../domain/templates/email-layout";
import { renderEmail } from "../../domain/templates/render-email";
import { renderSms } from "../../domain/templates/render-sms";
import { getEnv } from "../../env";
import { unsubscribeUrl } from "../../security/unsubscribe-link";

export type RenderedMessage =
  | { channel: "email"; subject: string; text: string; html: string; billableUnits: number; unsubscribeUrl?: string }
  | { channel: "sms"; body: string; billableUnits: number };

/**
 * The one place an email's unsubscribe links are decided, at delivery (so nothing is stored per
 * row, however big the spreadsheet). As GOV.UK Notify does it: the List-Unsubscribe header carries
 * the service's own one_click_unsubscribe_url when the API gave one, else our signed link when the
 * template version has "Add an unsubscribe link"; the footer link in the body is ours, and only
 * with that setting.
 */
export function unsubscribeLinksFor(notification: Pick<NotificationForDelivery, "id" | "to" | "unsubscribeLink" | "template">): { header?: string; body?: string } {
  const env = getEnv();
  const ours = notification.template.hasUnsubscribeLink ? unsubscribeUrl(env.NOTIFY_BASE_URL, notification, env.ENCRYPTION_KEY) : undefined;
  return { header: notification.unsubscribeLink ?? ours, body: ours };
}

/** `branding` is the service's email branding (lib/services/delivery/email-branding.ts); without one the HTML is the plain body. */
export function renderForDelivery(notification: NotificationForDelivery, personalisation: Record<string, unknown>, options: { branding?: EmailBrandingLayout | null } = {}): RenderedMessage {
  if (notification.notificationType === "email") {
    const links = unsubscribeLinksFor(notification);
    const email = renderEmail({ subject: notification.template.subject ?? "", content: notification.template.content }, personalisation, { unsubscribeLink: links.body });
    const html = options.branding ? brandedEmailHtml({ subject: email.subject, bodyHtml: email.html }, options.branding) : email.html;
    return { channel: "email", subject: email.subject, text: email.text, html, billableUnits: 0, unsubscribeUrl: links.header };
  }
  const sms = renderSms(notification.template.content, personalisation, {
    prefix: notification.service.prefixSms ? notification.service.name : null,
  });
  return { channel: "sms", body: sms.body, billableUnits: sms.count.parts };
}
