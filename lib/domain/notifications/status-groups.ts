// The three buckets the dashboard and activity filters use (Notify's "sending", "delivered", "failed").
import type { NotificationStatusName } from "./status";

export const STATUS_GROUPS = {
  sending: ["created", "sending", "pending", "pending-virus-check"],
  delivered: ["delivered", "sent"],
  failed: ["temporary-failure", "permanent-failure", "technical-failure", "failed", "validation-failed", "virus-scan-failed"],
} as const satisfies Record<string, readonly NotificationStatusName[]>;

export type StatusGroup = keyof typeof STATUS_GROUPS;

export function groupOfStatus(status: NotificationStatusName): StatusGroup | null {
  for (const [group, statuses] of Object.entries(STATUS_GROUPS) as [StatusGroup, readonly NotificationStatusName[]][]) if (statuses.includes(status)) return group;
  return null;
}
