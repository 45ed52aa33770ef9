// The one way a use case stores a notification and queues its delivery. Two strategies behind it,
// chosen here so no caller has to: a send with an Idempotency-Key gets its own transaction (the key
// is claimed in it, so a racing retry gets the winner's response); every other send is grouped
// with concurrent ones into one transaction (lib/db/notification-group-commit.ts). Either way the
// notification, its queued delivery (in its lane, lib/jobs/lanes.ts) and its share of the daily
// allowance commit together.
import { insertNotificationGrouped } from "./notification-group-commit";
import type { NewDocumentRow } from "./documents";
import type { Lane } from "../jobs/lanes";
import { insertNotificationAndEnqueue, type CreateNotificationRow, type DailyLimitCheck, type IdempotencyRecord, type InsertOutcome } from "./notifications";

export type { InsertOutcome } from "./notifications";

export function storeNotification(
  row: CreateNotificationRow,
  task: "send-sms" | "send-email",
  options: { lane: Lane; dailyLimit?: DailyLimitCheck; idempotency?: IdempotencyRecord; documents?: NewDocumentRow[] },
): Promise<InsertOutcome> {
  // A send with files writes its document rows in its own transaction (rare enough not to group).
  return options.idempotency || options.documents?.length ? insertNotificationAndEnqueue(row, task, options) : insertNotificationGrouped(row, task, { lane: options.lane, dailyLimit: options.dailyLimit });
}
