// Turns a stored notification and its personalisation into what the provider sends.
// TODO(#3): replace the placeholder substitution below with the content engine in lib/domain.
import type { NotificationForDelivery } from "../../db/notifications";

export type RenderedMessage =
  | { channel: "email"; subject: string; text: string; html: string; billableUnits: number }
  | { channel: "sms"; body: string; billableUnits: number };

function fill(text: string, values: Record<string, unknown>): string {
  const lookup = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, ""), String(v)]));
  return text.replace(/\(\(([^()]+)\)\)/g, (whole, name: string) => lookup.get(name.toLowerCase().replace(/\s+/g, "")) ?? whole);
}

export function renderForDelivery(notification: NotificationForDelivery, personalisation: Record<string, unknown>): RenderedMessage {
  const body = fill(notification.template.content, personalisation);
  if (notification.notificationType === "email") {
    return { channel: "email", subject: fill(notification.template.subject ?? "", personalisation), text: body, html: body, billableUnits: 0 };
  }
  const prefixed = notification.service.prefixSms ? `${notification.service.name}: ${body}` : body;
  return { channel: "sms", body: prefixed, billableUnits: 1 };
}
