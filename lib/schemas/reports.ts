// Inputs for asking for a message report and for filtering the platform-wide audit trail.
import { z } from "zod";

const DAYS_ERROR = "Select how many days of messages to download";

export const requestReportSchema = z.object({
  days: z.enum(["1", "3", "5", "7"], { error: DAYS_ERROR }).transform(Number),
  channel: z.enum(["sms", "email"], { error: "Select text messages or emails" }).optional(),
  status: z.enum(["sending", "delivered", "failed"], { error: "Select sending, delivered or failed messages" }).optional(),
  /** One line per message (the default), or counts only. */
  form: z.enum(["recipients", "counts"], { error: "Select what the report contains" }).optional(),
});

export type RequestReportInput = z.infer<typeof requestReportSchema>;

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

/** The platform audit trail's filters (a GET form): service ("account" for events of no service), user email, event type, page. */
export const auditFilterSchema = z.object({
  serviceId: z.preprocess(emptyAsUndefined, z.string().refine((v) => v === "account" || z.uuid().safeParse(v).success, "Select a service from the list").optional()),
  email: z.preprocess(emptyAsUndefined, z.string().trim().max(255, "Email address must be 255 characters or fewer").optional()),
  eventType: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z][a-z-]{0,99}$/, "Select an event from the list").optional()),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;
