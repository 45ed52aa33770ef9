// What the portal calls each notification status (Notify's wording), and whether the page showing
// it should keep refreshing.
import { suppressedStatusLabel } from "../recipients/suppression";
import type { NotificationStatusName } from "./status";

const FAILURE_LABELS = {
  sms: { "temporary-failure": "Phone not accepting messages right now", "permanent-failure": "Phone number does not exist" },
  email: { "temporary-failure": "Inbox not accepting messages right now", "permanent-failure": "Email address does not exist" },
} as const;

const LABELS: Partial<Record<NotificationStatusName, string>> = {
  created: "Sending",
  sending: "Sending",
  pending: "Pending",
  sent: "Sent",
  delivered: "Delivered",
  "technical-failure": "Technical failure",
  failed: "Failed",
  cancelled: "Cancelled",
  "validation-failed": "Validation failed",
  "pending-virus-check": "Pending virus check",
  "virus-scan-failed": "Virus scan failed",
};

/** Statuses that will not change again without a new receipt. */
const SETTLED: ReadonlySet<NotificationStatusName> = new Set(["delivered", "sent", "temporary-failure", "permanent-failure", "technical-failure", "failed", "cancelled", "validation-failed", "virus-scan-failed"]);

export function statusLabel(status: NotificationStatusName, channel: "sms" | "email", options: { scheduledFor?: Date | null; now?: Date; providerResponse?: string | null } = {}): string {
  if (status === "validation-failed") return suppressedStatusLabel(options.providerResponse, channel) ?? "Validation failed";
  if (status === "created" && options.scheduledFor && options.scheduledFor > (options.now ?? new Date())) return "Scheduled";
  if (status === "temporary-failure" || status === "permanent-failure") return FAILURE_LABELS[channel][status];
  return LABELS[status] ?? status;
}

export function isSettled(status: NotificationStatusName): boolean {
  return SETTLED.has(status);
}

export function isFailure(status: NotificationStatusName): boolean {
  return SETTLED.has(status) && status !== "delivered" && status !== "sent";
}
