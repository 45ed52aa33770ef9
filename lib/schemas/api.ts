// Request shapes for the public API v2, with failures reported the way Notify's JSON-schema
// validation words them: "phone_number is a required property", "template_id is not a valid UUID",
// "Additional properties are not allowed (foo was unexpected)". Every problem is listed.
import { z } from "zod";

/** Notify's answer to a letter request (POST /v2/notifications/letter, GET …/{id}/pdf): letters aren't offered here. */
export const LETTERS_NOT_SUPPORTED_MESSAGE = "Service is not allowed to send letters. Letters are not supported by this Notify.";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const uuid = (field: string) => z.string({ error: (issue) => (issue.input === undefined ? `${field} is a required property` : `${field} is not a valid UUID`) }).regex(UUID, `${field} is not a valid UUID`);

const personalisationValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])), z.record(z.string(), z.unknown())]);

const personalisation = z.record(z.string(), personalisationValue, { error: (issue) => `personalisation ${describe(issue.input)} is not of type object` }).optional();

const reference = z
  .string({ error: (issue) => `reference ${describe(issue.input)} is not of type string` })
  .max(1000, { error: (issue) => `reference ${String(issue.input)} is too long` })
  .nullable()
  .optional();

const scheduledFor = z.string({ error: (issue) => `scheduled_for ${describe(issue.input)} is not of type string` }).nullable().optional();

function describe(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? String(value);
}

const recipient = (field: string) => z.string({ error: (issue) => (issue.input === undefined ? `${field} is a required property` : `${field} ${describe(issue.input)} is not of type string`) });

export const postSmsRequestSchema = z.strictObject({
  phone_number: recipient("phone_number"),
  template_id: uuid("template_id"),
  personalisation,
  reference,
  sms_sender_id: uuid("sms_sender_id").nullable().optional(),
  scheduled_for: scheduledFor,
});
export type PostSmsRequest = z.infer<typeof postSmsRequestSchema>;

export const postEmailRequestSchema = z.strictObject({
  email_address: recipient("email_address"),
  template_id: uuid("template_id"),
  personalisation,
  reference,
  email_reply_to_id: uuid("email_reply_to_id").nullable().optional(),
  one_click_unsubscribe_url: z
    .string({ error: "one_click_unsubscribe_url is not of type string" })
    .max(2048, "one_click_unsubscribe_url is too long")
    .regex(/^https:\/\/\S+$/, "one_click_unsubscribe_url is not a valid https url")
    .nullable()
    .optional(),
  sanitise_content_for: z.array(z.string(), { error: (issue) => `sanitise_content_for ${describe(issue.input)} is not of type array` }).nullable().optional(),
  scheduled_for: scheduledFor,
});
export type PostEmailRequest = z.infer<typeof postEmailRequestSchema>;

export const previewRequestSchema = z.strictObject({ personalisation });

const TEMPLATE_TYPES = ["sms", "email", "letter"] as const;

/** Query of GET /v2/notifications; repeated parameters arrive as arrays. */
export const listNotificationsQuerySchema = z.strictObject({
  template_type: z.array(z.enum(TEMPLATE_TYPES, { error: (issue) => `template_type ${describe(issue.input)} is not one of [sms, email, letter]` })).optional(),
  status: z.array(z.string().max(64)).optional(),
  reference: z.string().max(1000).optional(),
  older_than: uuid("older_than").optional(),
  include_jobs: z.enum(["true", "True", "false", "False"], { error: "include_jobs is not one of [true, True, false, False]" }).optional(),
});

export const listTemplatesQuerySchema = z.strictObject({
  type: z.enum(TEMPLATE_TYPES, { error: (issue) => `type ${describe(issue.input)} is not one of [sms, email, letter]` }).optional(),
});

export const receivedTextsQuerySchema = z.strictObject({ older_than: uuid("older_than").optional() });

/** zod issues as Notify's ValidationError messages, in order, without duplicates. */
export function notifyValidationMessages(error: z.ZodError): string[] {
  const messages = error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") return `Additional properties are not allowed (${issue.keys.join(", ")} ${issue.keys.length === 1 ? "was" : "were"} unexpected)`;
    return issue.message;
  });
  return [...new Set(messages)];
}

/** POST /v2/notifications/bulk (GC Notify's shape): a spreadsheet as rows or as CSV text. */
export const postBulkRequestSchema = z.strictObject({
  template_id: uuid("template_id"),
  name: z.string({ error: (issue) => (issue.input === undefined ? "name is a required property" : `name ${describe(issue.input)} is not of type string`) }).min(1, "name should be non-empty").max(255, "name is too long"),
  rows: z.array(z.array(z.union([z.string(), z.number()]).transform(String)), { error: "rows is not of type array" }).min(2, "rows should contain the headers and at least one row").max(100_001, "rows has more than 100,000 rows").optional(),
  csv: z.string({ error: "csv is not of type string" }).min(1, "csv should be non-empty").max(10_000_000, "csv is too big").optional(),
  scheduled_for: z.iso.datetime({ offset: true, error: "scheduled_for is not a valid datetime" }).nullable().optional(),
  reply_to_id: uuid("reply_to_id").nullable().optional(),
});
