// What the API v2 answers, as zod schemas: the contract the official clients rely on (checked in
// the end-to-end tests against every response) and the source of /v2/openapi.json.
import { z } from "zod";

const uuid = z.string().regex(/^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$/);
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const nullableString = z.string().nullable();

export const templateRefSchema = z.looseObject({ id: uuid, version: z.number().int(), uri: z.string() });

export const postSmsResponseSchema = z.looseObject({
  id: uuid,
  reference: nullableString,
  content: z.looseObject({ body: z.string(), from_number: z.string() }),
  uri: z.string(),
  template: templateRefSchema,
  scheduled_for: dateTime.nullable(),
});

export const postEmailResponseSchema = z.looseObject({
  id: uuid,
  reference: nullableString,
  content: z.looseObject({ body: z.string(), from_email: z.string(), subject: z.string(), one_click_unsubscribe_url: z.string().nullable() }),
  uri: z.string(),
  template: templateRefSchema,
  scheduled_for: dateTime.nullable(),
  sanitised_content: z.record(z.string(), z.object({ sanitised: z.string(), unsanitised: z.string() })),
});

export const notificationResponseSchema = z.looseObject({
  id: uuid,
  reference: nullableString,
  email_address: nullableString,
  phone_number: nullableString,
  line_1: nullableString,
  line_2: nullableString,
  line_3: nullableString,
  line_4: nullableString,
  line_5: nullableString,
  line_6: nullableString,
  postcode: nullableString,
  postage: nullableString.optional(),
  type: z.enum(["sms", "email", "letter"]),
  status: z.string(),
  template: templateRefSchema,
  body: z.string(),
  subject: nullableString,
  created_at: z.string(),
  created_by_name: nullableString,
  sent_at: nullableString,
  completed_at: nullableString,
  scheduled_for: dateTime.nullable(),
  cost_in_pounds: z.number().nullable().optional(),
  is_cost_data_ready: z.boolean().optional(),
  cost_details: z
    .looseObject({
      billable_sms_fragments: z.number().int().nullable().optional(),
      international_rate_multiplier: z.number().nullable().optional(),
      sms_rate: z.number().nullable().optional(),
    })
    .optional(),
});

const pageLinksSchema = z.looseObject({ current: z.string(), next: z.string().optional() });

export const notificationsResponseSchema = z.looseObject({ notifications: z.array(notificationResponseSchema), links: pageLinksSchema });

export const templateResponseSchema = z.looseObject({
  id: uuid,
  name: z.string(),
  type: z.enum(["sms", "email", "letter"]),
  created_at: dateTime,
  updated_at: dateTime.nullable(),
  created_by: z.string(),
  version: z.number().int(),
  body: z.string(),
  subject: nullableString,
  letter_contact_block: nullableString,
  personalisation: z.record(z.string(), z.object({ required: z.boolean() })).optional(),
});

export const templatesResponseSchema = z.object({ templates: z.array(templateResponseSchema) });

export const templatePreviewResponseSchema = z.looseObject({
  id: uuid,
  type: z.enum(["sms", "email", "letter"]),
  version: z.number().int(),
  body: z.string(),
  subject: nullableString,
  html: nullableString.optional(),
});

export const receivedTextSchema = z.looseObject({ id: uuid, user_number: z.string(), created_at: dateTime, service_id: uuid, notify_number: z.string(), content: z.string() });

export const receivedTextsResponseSchema = z.looseObject({ received_text_messages: z.array(receivedTextSchema), links: pageLinksSchema });

export const errorResponseSchema = z.object({ status_code: z.number().int(), errors: z.array(z.object({ error: z.string(), message: z.string() })).min(1) });

export const bulkResponseSchema = z.object({
  data: z.looseObject({
    id: uuid,
    job_status: z.string(),
    original_file_name: z.string(),
    notification_count: z.number().int(),
    template: templateRefSchema,
    template_version: z.number().int(),
    service: uuid,
    scheduled_for: dateTime.nullable(),
    created_at: dateTime,
  }),
});
