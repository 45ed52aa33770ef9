// Payload schemas for every worker task, shared by the enqueuer and the tasks. Payloads may only
// gain *optional* fields over time: jobs queued by an older release must still parse.
import { z } from "zod";

const NOTIFICATION_STATUS = z.enum(["delivered", "sending", "pending", "sent", "temporary-failure", "permanent-failure", "technical-failure"]);

/** One provider event for the apply-provider-receipts batch: a status change or an email complaint. */
export const providerReceiptSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("status"),
    provider: z.string().min(1),
    providerReference: z.string().min(1),
    status: NOTIFICATION_STATUS,
    providerResponse: z.string().optional(),
    eventAt: z.iso.datetime({ offset: true }),
  }),
  z.object({
    kind: z.literal("complaint"),
    providerReference: z.string().min(1),
    feedbackId: z.string().optional(),
    complaintType: z.string().optional(),
    complaintDate: z.iso.datetime({ offset: true }),
  }),
]);

export type ProviderReceipt = z.infer<typeof providerReceiptSchema>;

/** One received text for the receive-inbound-sms batch; the text is already encrypted. */
export const inboundSmsItemSchema = z.object({
  notifyNumber: z.string().min(1),
  userNumber: z.string().min(1),
  keyword: z.enum(["opt-out", "opt-in", "help"]).optional(),
  contentEncrypted: z.string().min(1),
  providerReference: z.string().min(1),
  receivedAt: z.iso.datetime({ offset: true }),
  /** Who delivered it: "pinpoint" (AWS, also what items queued before this field mean) or "local" (the simulator). */
  provider: z.string().min(1).max(64).optional(),
});

export type InboundSmsItem = z.infer<typeof inboundSmsItemSchema>;

export const taskPayloadSchemas = {
  // notBefore: a send re-queued by the sender rate limit, with its slot already reserved.
  "send-email": z.object({ notificationId: z.uuid(), notBefore: z.iso.datetime().optional() }),
  "send-sms": z.object({ notificationId: z.uuid(), notBefore: z.iso.datetime().optional() }),
  // Many notifications in one job (spreadsheet fan-outs); see lib/services/delivery/deliver-batch.ts.
  // serviceId and jobId (a spreadsheet or bulk API job's) give the bulk lane its turns by service, then job (lib/db/bulk-lane.ts).
  "send-batch": z.object({ notificationIds: z.array(z.uuid()).min(1).max(1000), serviceId: z.uuid().optional(), jobId: z.uuid().optional() }),
  // Batched: graphile merges the array payloads of jobs queued under the same job key.
  "apply-provider-receipts": z.array(providerReceiptSchema).min(1),
  "receive-inbound-sms": z.array(inboundSmsItemSchema).min(1),
  "send-inbound-sms": z.object({ inboundSmsId: z.uuid(), retry: z.number().int().min(0).optional() }),
  // `retry` counts callback retries already made (0 for the first POST); see lib/services/callbacks.
  "send-delivery-status": z.object({ notificationId: z.uuid(), retry: z.number().int().min(0).optional() }),
  "send-complaint": z.object({ complaintId: z.uuid(), retry: z.number().int().min(0).optional() }),
  // Cron tasks get graphile's cron payload ({ _cron: { ts, backfilled } }); nothing else is needed.
  "purge-expired-auth-data": z.object({}).loose(),
  "timeout-sending-notifications": z.object({}).loose(),
  "purge-expired-notifications": z.object({}).loose(),
  // A spreadsheet job's fan-out (queued when the job starts, or at its scheduled time).
  "process-job": z.object({ jobId: z.uuid() }),
  // A requested message report (lib/services/reports/notification-reports.ts).
  "generate-notification-report": z.object({ reportId: z.uuid() }),
  // Nightly usage facts (cron payload only).
  "aggregate-notification-status": z.object({}).loose(),
  // Bounce and complaint rates per service (cron payload only; lib/services/reputation).
  "monitor-reputation": z.object({}).loose(),
  // "Create an account" and "Forgot your password?", finished in the background so the form answers
  // after the same work whether or not the address has an account (lib/services/auth). The details
  // (name, addresses, password hash) and the address are sealed with ENCRYPTION_KEY.
  "register-account": z.object({ detailsEncrypted: z.string().min(1) }),
  "send-password-reset": z.object({ emailAddressEncrypted: z.string().min(1) }),
} as const;

export type TaskName = keyof typeof taskPayloadSchemas;
export type TaskPayload<N extends TaskName> = z.infer<(typeof taskPayloadSchemas)[N]>;
