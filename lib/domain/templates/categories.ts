// Template categories: what a template is for, chosen when it is created or edited. Each maps to
// a delivery lane (lib/jobs/lanes.ts), so a security code or an alert never waits behind a
// newsletter. Adapted from GC Notify's template categories, cut to the purposes US agencies send
// for; a platform admin can still put one template in another lane (Template.laneOverride).
import type { Lane } from "../../jobs/lanes";

export const TEMPLATE_CATEGORIES = ["authentication", "alert", "reminder", "status_update", "request", "information", "other"] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export type CategoryDescription = { label: string; hint: string; lane: Lane };

/** In the order the template form offers them; `lane` is where their messages are delivered from. */
export const CATEGORY_DESCRIPTIONS: Record<TemplateCategory, CategoryDescription> = {
  authentication: { label: "Sign-in or security code", hint: "A code or link someone needs right now to sign in or confirm who they are", lane: "priority" },
  alert: { label: "Urgent alert", hint: "A warning about something happening now, like an emergency, an outage or a closure", lane: "priority" },
  reminder: { label: "Reminder", hint: "An appointment, a deadline or a payment that is due", lane: "normal" },
  status_update: { label: "Status update", hint: "Progress on something the person asked for, like an application, a case or an order", lane: "normal" },
  request: { label: "Request for action", hint: "Asking the person to do something, like send a document or confirm their details", lane: "normal" },
  information: { label: "General information", hint: "News or announcements sent to many people at once, like a newsletter", lane: "bulk" },
  other: { label: "Something else", hint: "Anything that does not fit the other categories", lane: "normal" },
};

export function isTemplateCategory(value: unknown): value is TemplateCategory {
  return typeof value === "string" && (TEMPLATE_CATEGORIES as readonly string[]).includes(value);
}

/** How the message was asked for: one at a time (the API, a one-off send), a spreadsheet or bulk API job, or by Notify itself. */
export type SendSource = "single" | "job" | "platform";

/**
 * The lane one message is delivered from. The platform's own codes and links are always
 * priority; otherwise the template's lane (a platform admin's override, else its category's), and
 * a job's messages go to the bulk lane unless that lane is priority.
 */
export function laneForSend(template: { category: TemplateCategory; laneOverride: Lane | null }, source: SendSource): Lane {
  if (source === "platform") return "priority";
  const lane = template.laneOverride ?? CATEGORY_DESCRIPTIONS[template.category].lane;
  if (source === "job" && lane !== "priority") return "bulk";
  return lane;
}
