// Applies a batch of provider receipts (SES/SMS events from the SNS endpoint, and the local and
// simulated providers' receipts) with a handful of queries however large the batch: one read of
// every referenced notification, one compare-and-set UPDATE per (from, to, response) group, one
// statement to queue callbacks. Status only moves forward (lib/domain nextStatus).
import { applyStatusUpdateGroup, APPLY_RECEIPTS_JOB_KEY, findNotificationsByReferences, insertComplaints, type StatusUpdateGroup } from "../../db/receipts";
import { suppressNotificationRecipients } from "../../db/suppressions";
import { queueComplaintCallbacks, queueDeliveryStatusCallbacks } from "../../db/callbacks";
import { COMPLETED_STATUSES, nextStatus, timestampForStatus, type NotificationStatusName } from "../../domain/notifications/status";
import { enqueue } from "../../jobs/enqueue";
import type { ProviderReceipt } from "../../jobs/payloads";
import { logger } from "../../logger";

/** A receipt can arrive before the send task has stored the provider reference: retry it for this long. */
export const UNKNOWN_REFERENCE_RETRY_MS = 5 * 60 * 1000;
const UNKNOWN_REFERENCE_DELAY_MS = 30_000;

export type ApplyReceiptsResult = { updated: number; ignored: number; retried: number; dropped: number; complaints: number; callbacks: number; suppressed: number };

/** `quiet`: no summary log line (for the one-receipt-per-message local path, which logs the send already). */
export async function applyProviderReceipts(receipts: readonly ProviderReceipt[], options: { now?: Date; quiet?: boolean } = {}): Promise<ApplyReceiptsResult> {
  const now = options.now ?? new Date();
  const targets = await findNotificationsByReferences(receipts.map((r) => r.providerReference));
  const byReference = new Map(targets.map((t) => [t.reference, t]));
  const result: ApplyReceiptsResult = { updated: 0, ignored: 0, retried: 0, dropped: 0, complaints: 0, callbacks: 0, suppressed: 0 };

  const unknown: ProviderReceipt[] = [];
  // Walk each notification's receipts in event order from the status we read, so "pending" then
  // "delivered" in one batch ends delivered, and a late "pending" after "delivered" changes nothing.
  const finalState = new Map<string, { from: NotificationStatusName; to: NotificationStatusName; providerResponse?: string }>();
  const statusReceipts = receipts.filter((r): r is Extract<ProviderReceipt, { kind: "status" }> => r.kind === "status").sort((a, b) => a.eventAt.localeCompare(b.eventAt));
  for (const receipt of statusReceipts) {
    const target = byReference.get(receipt.providerReference);
    if (!target) {
      unknown.push(receipt);
      continue;
    }
    const state = finalState.get(target.id) ?? { from: target.status, to: target.status };
    const change = nextStatus(state.to, receipt.status);
    if (!change.ok) {
      result.ignored += 1;
      continue;
    }
    finalState.set(target.id, { from: state.from, to: change.status, providerResponse: receipt.providerResponse ?? state.providerResponse });
  }

  const groups = new Map<string, StatusUpdateGroup>();
  for (const [id, state] of finalState) {
    if (state.from === state.to) continue;
    const key = JSON.stringify([state.from, state.to, state.providerResponse ?? null]);
    const group = groups.get(key) ?? { fromStatus: state.from, status: state.to, timestamp: timestampForStatus(state.to), providerResponse: state.providerResponse, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  const finalIds: string[] = [];
  const bounced: string[] = [];
  for (const group of groups.values()) {
    const changed = await applyStatusUpdateGroup(group);
    result.updated += changed.length;
    result.ignored += group.ids.length - changed.length;
    if (COMPLETED_STATUSES.includes(group.status)) finalIds.push(...changed);
    if (group.status === "permanent-failure") bounced.push(...changed);
  }
  result.callbacks += await queueDeliveryStatusCallbacks(finalIds);

  const complaints = receipts.filter((r): r is Extract<ProviderReceipt, { kind: "complaint" }> => r.kind === "complaint");
  const newComplaints = [];
  for (const complaint of complaints) {
    const target = byReference.get(complaint.providerReference);
    if (!target) {
      unknown.push(complaint);
      continue;
    }
    newComplaints.push({ notificationId: target.id, serviceId: target.serviceId, feedbackId: complaint.feedbackId, complaintType: complaint.complaintType, complaintDate: new Date(complaint.complaintDate) });
  }
  const created = await insertComplaints(newComplaints);
  result.complaints = created.length;
  // Hard bounces and complaints put the email address on the service's "do not send" list: one
  // statement for the batch (texts' permanent failures are a wrong number, not a refusal).
  const emailIds = new Set(targets.filter((t) => t.notificationType === "email").map((t) => t.id));
  result.suppressed = await suppressNotificationRecipients([
    ...bounced.filter((id) => emailIds.has(id)).map((id) => ({ id, reason: "hard-bounce" as const })),
    ...created.filter((c) => emailIds.has(c.notificationId)).map((c) => ({ id: c.notificationId, reason: "complaint" as const })),
  ]);
  result.callbacks += await queueComplaintCallbacks(created.map((c) => c.id));

  const retry = unknown.filter((r) => now.getTime() - new Date(r.kind === "status" ? r.eventAt : r.complaintDate).getTime() < UNKNOWN_REFERENCE_RETRY_MS);
  result.retried = retry.length;
  result.dropped = unknown.length - retry.length;
  if (retry.length > 0) {
    await enqueue("apply-provider-receipts", retry, {
      runAt: new Date(now.getTime() + UNKNOWN_REFERENCE_DELAY_MS),
      jobKey: `${APPLY_RECEIPTS_JOB_KEY}:unknown`,
      jobKeyMode: "preserve_run_at",
    });
  }
  if (result.dropped > 0) logger.warn({ dropped: result.dropped }, "receipts for unknown provider references dropped");
  if (!options.quiet) logger.info({ ...result, receipts: receipts.length }, "provider receipts applied");
  return result;
}
