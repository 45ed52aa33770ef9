// Inputs for asking for a message report and for filtering the platform-wide audit trail.
import { z } from "zod";

const DAYS_ERROR = "Select how many days of messages to download";

export const requestReportSchema = z.object({
  days: z.enum(["1", "3", "5", "7"], { error: DAYS_ERROR }).transform(Number),
  channel: z.enum(["sms", "email"]).optional(),
  status: z.enum(["sending", "delivered", "failed"]).optional(),
});

export type RequestReportInput = z.infer<typeof requestReportSchema>;

export const auditFilterSchema = z.object({
  serviceId: z.uuid({ error: "Select a service from the list" }).optional(),
  email: z.string().trim().max(255, "Email address must be 255 characters or fewer").optional(),
  eventType: z.string().trim().max(100, "Event type must be 100 characters or fewer").optional(),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;
