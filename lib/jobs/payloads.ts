// Payload schemas for every worker task, shared by the enqueuer and the tasks. Payloads may only
// gain *optional* fields over time: jobs queued by an older release must still parse.
import { z } from "zod";

export const taskPayloadSchemas = {
  "send-email": z.object({ notificationId: z.uuid() }),
  "send-sms": z.object({ notificationId: z.uuid() }),
  "handle-delivery-receipt": z.object({
    provider: z.string().min(1),
    providerReference: z.string().min(1),
    status: z.enum(["delivered", "sending", "pending", "sent", "temporary-failure", "permanent-failure", "technical-failure"]),
    providerResponse: z.string().optional(),
  }),
  // Cron tasks get graphile's cron payload ({ _cron: { ts, backfilled } }); nothing else is needed.
  "purge-expired-auth-data": z.object({}).loose(),
} as const;

export type TaskName = keyof typeof taskPayloadSchemas;
export type TaskPayload<N extends TaskName> = z.infer<(typeof taskPayloadSchemas)[N]>;
