// Turns a stored notification and its personalisation into what the provider sends, using the
// content engine in lib/domain (the same code the portal previews and the API validates with).
import type { NotificationForDelivery } from "../../db/notifications";
import { brandedEmailHtml, type EmailBrandingLayout } from "../../domain/templates/email-layout";
import { renderEmail } from "../../domain/templates/render-email";
import { renderSms } from "../../domain/templates/render-sms";

export type RenderedMessage =
  | { channel: "email"; subject: string; text: string; html: string; billableUnits: number }
  | { channel: "sms"; body: string; billableUnits: number };

/** `branding` is the service's email branding (lib/services/delivery/email-branding.ts); without one the HTML is the plain body. */
export function renderForDelivery(notification: NotificationForDelivery, personalisation: Record<string, unknown>, options: { branding?: EmailBrandingLayout | null } = {}): RenderedMessage {
  if (notification.notificationType === "email") {
    const email = renderEmail({ subject: notification.template.subject ?? "", content: notification.template.content }, personalisation);
    const html = options.branding ? brandedEmailHtml({ subject: email.subject, bodyHtml: email.html }, options.branding) : email.html;
    return { channel: "email", subject: email.subject, text: email.text, html, billableUnits: 0 };
  }
  const sms = renderSms(notification.template.content, personalisation, {
    prefix: notification.service.prefixSms ? notification.service.name : null,
  });
  return { channel: "sms", body: sms.body, billableUnits: sms.count.parts };
}
