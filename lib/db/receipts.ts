// Delivery receipts: the SNS replay guard (sns_seen_messages) with the per-second batched jobs SNS
// events are queued in, batched status updates keyed by provider reference, and complaints. Keyed by provider reference rather than serviceId: the
// references come from verified provider events, never from a tenant.
import type { NotificationStatusName, StatusTimestamp } from "../domain/notifications/status";
import { getDb, Prisma } from "./client";
import type { NotificationType } from "./generated/client";
import { fromDbStatus } from "./status-names";
import type { TaskPayload } from "../jobs/payloads";
import { addJobSql, type BatchedTaskName } from "../jobs/queue-sql";

/** The graphile task that applies receipts, and the job key prefix that batches them (payload arrays merge). */
export const APPLY_RECEIPTS_TASK = "apply-provider-receipts" satisfies BatchedTaskName;
export const APPLY_RECEIPTS_JOB_KEY = "apply-provider-receipts";

type BatchOptions = { batchDelayMs?: number; task?: BatchedTaskName; jobKey?: string };

/**
 * Adds `items` to the batched job of `task` for this second (job key `<jobKey>@<second>`, default
 * apply-provider-receipts): graphile merges the payload arrays of jobs queued under one key.
 */
async function addToBatch(db: Pick<Prisma.TransactionClient, "$executeRawUnsafe">, items: readonly unknown[], options: BatchOptions): Promise<void> {
  if (items.length === 0) return;
  const delay = `${options.batchDelayMs ?? 1000} milliseconds`;
  // One job per key per second: batches stay bounded (a busy second's events) however long
  // the worker takes to get to them, and appending never rewrites an ever-growing payload.
  const queue = addJobSql(options.task ?? APPLY_RECEIPTS_TASK, { json: "$1" }, {
    runAt: "now() + $2::interval",
    jobKey: "$3::text || '@' || floor(extract(epoch FROM clock_timestamp()))::text",
    jobKeyMode: "preserve_run_at",
  });
  await db.$executeRawUnsafe(`SELECT ${queue}`, JSON.stringify(items), delay, options.jobKey ?? APPLY_RECEIPTS_JOB_KEY);
}

/**
 * Records an SNS MessageId and queues its events in one transaction, so a message is either
 * accepted and queued exactly once or not at all (SNS then retries). Events queued within the
 * same second join one batched job (see addToBatch). Returns "duplicate" when the MessageId was seen before.
 */
export async function recordSnsMessageAndQueue(messageId: string, items: readonly unknown[], options: BatchOptions = {}): Promise<"queued" | "duplicate"> {
  return getDb().$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<{ message_id: string }[]>`
      INSERT INTO sns_seen_messages (message_id, received_at) VALUES (${messageId}, now())
      ON CONFLICT (message_id) DO NOTHING RETURNING message_id`;
    if (inserted.length === 0) return "duplicate";
    await addToBatch(tx, items, options);
    return "queued";
  });
}

/** Queues items for a batched task the way recordSnsMessageAndQueue does, for work that didn't come through SNS (the local inbound simulator). */
export async function queueBatchedItems<N extends BatchedTaskName>(task: N, jobKey: string, items: TaskPayload<N>, options: { batchDelayMs?: number } = {}): Promise<void> {
  await addToBatch(getDb(), items, { ...options, task, jobKey });
}

/** Forgets SNS MessageIds older than `before` (replays that old are refused by their timestamp). */
export async function deleteSnsSeenMessagesBefore(before: Date): Promise<number> {
  const result = await getDb().snsSeenMessage.deleteMany({ where: { receivedAt: { lt: before } } });
  return result.count;
}

export type ReceiptTarget = { id: string; reference: string; serviceId: string; notificationType: NotificationType; status: NotificationStatusName };

/** The notifications with these provider references (one query for a whole batch). */
export async function findNotificationsByReferences(references: readonly string[]): Promise<ReceiptTarget[]> {
  if (references.length === 0) return [];
  const rows = await getDb().notification.findMany({
    where: { reference: { in: [...new Set(references)] } },
    select: { id: true, reference: true, serviceId: true, notificationType: true, status: true },
  });
  return rows.map((row) => ({ ...row, reference: row.reference ?? "", status: fromDbStatus(row.status) }));
}

const TIMESTAMP_COLUMNS: Record<StatusTimestamp, string> = {
  sentAt: "sent_at",
  pendingAt: "pending_at",
  deliveredAt: "delivered_at",
  failedAt: "failed_at",
  cancelledAt: "cancelled_at",
};

export type StatusUpdateGroup = {
  /** Updated only while still in this status (compare-and-set per group). */
  fromStatus: NotificationStatusName;
  status: NotificationStatusName;
  timestamp?: StatusTimestamp;
  providerResponse?: string;
  ids: string[];
};

/** Applies one UPDATE per group and returns the ids that actually changed. */
export async function applyStatusUpdateGroup(group: StatusUpdateGroup): Promise<string[]> {
  if (group.ids.length === 0) return [];
  const timestamp = group.timestamp ? Prisma.sql`, ${Prisma.raw(TIMESTAMP_COLUMNS[group.timestamp])} = now()` : Prisma.empty;
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    UPDATE notifications
       SET notification_status = ${group.status}::notification_status,
           provider_response = coalesce(${group.providerResponse ?? null}::text, provider_response),
           updated_at = now() ${timestamp}
     WHERE id = ANY(${group.ids}::uuid[]) AND notification_status = ${group.fromStatus}::notification_status
     RETURNING id`;
  return rows.map((row) => row.id);
}

export type NewComplaint = { notificationId: string; serviceId: string; feedbackId?: string; complaintType?: string; complaintDate: Date };

/** Stores complaints, skipping any whose SES feedback id is already stored. Returns the new rows' ids. */
export async function insertComplaints(complaints: readonly NewComplaint[]): Promise<{ id: string; notificationId: string }[]> {
  const db = getDb();
  const feedbackIds = complaints.map((c) => c.feedbackId).filter((id): id is string => Boolean(id));
  const existing = new Set(
    feedbackIds.length ? (await db.complaint.findMany({ where: { sesFeedbackId: { in: feedbackIds } }, select: { sesFeedbackId: true } })).map((c) => c.sesFeedbackId) : [],
  );
  const created: { id: string; notificationId: string }[] = [];
  for (const complaint of complaints) {
    if (complaint.feedbackId && existing.has(complaint.feedbackId)) continue;
    created.push(
      await db.complaint.create({
        data: { notificationId: complaint.notificationId, serviceId: complaint.serviceId, sesFeedbackId: complaint.feedbackId, complaintType: complaint.complaintType, complaintDate: complaint.complaintDate },
        select: { id: true, notificationId: true },
      }),
    );
  }
  return created;
}
