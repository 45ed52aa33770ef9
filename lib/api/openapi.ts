// The OpenAPI 3.1 description of API v2, generated from the same zod schemas that validate
// requests and (in the tests) responses, so the document can't drift from the code.
import { z } from "zod";
import { bulkResponseSchema, errorResponseSchema, notificationResponseSchema, notificationsResponseSchema, postEmailResponseSchema, postSmsResponseSchema, receivedTextsResponseSchema, templatePreviewResponseSchema, templateResponseSchema, templatesResponseSchema } from "../schemas/api-responses";
import { describeDeliveryOrderMarkdown, JOB_LANE_RULE } from "../domain/templates/delivery-order";
import { LETTERS_NOT_SUPPORTED_MESSAGE, postBulkRequestSchema, postEmailRequestSchema, postSmsRequestSchema, previewRequestSchema } from "../schemas/api";

/** One endpoint; one without a `response` is always refused with `status` (the letter endpoints). */
export type ApiOperation = { method: "get" | "post"; path: string; summary: string; description: string; request?: z.ZodType; response?: z.ZodType; status: number; query?: { name: string; description: string }[] };

/** Every endpoint, in the order the reference page lists them. */
export const API_OPERATIONS: ApiOperation[] = [
  { method: "post", path: "/v2/notifications/sms", summary: "Send a text message", description: "Sends a text message from one of your templates. Returns 201 once the message is stored and queued; it is delivered from its template's lane (see Template categories and delivery lanes).", request: postSmsRequestSchema, response: postSmsResponseSchema, status: 201 },
  { method: "post", path: "/v2/notifications/email", summary: "Send an email", description: "Sends an email from one of your templates. `sanitise_content_for` lists personalisation values to make inert (links removed, formatting escaped). It is delivered from its template's lane (see Template categories and delivery lanes).", request: postEmailRequestSchema, response: postEmailResponseSchema, status: 201 },
  {
    method: "post",
    path: "/v2/notifications/letter",
    summary: "Send a letter",
    description: `Letters are not supported: after authentication this always answers 400 BadRequestError: "${LETTERS_NOT_SUPPORTED_MESSAGE}"`,
    status: 400,
  },
  {
    method: "post",
    path: "/v2/notifications/bulk",
    summary: "Send a batch from a spreadsheet",
    description: `Sends to many recipients at once, as a spreadsheet upload in the portal does: \`rows\` (the first row is the column names) or \`csv\`, a \`name\`, and an optional \`scheduled_for\` up to 7 days ahead. The file is checked first; every problem is listed. ${JOB_LANE_RULE}`,
    request: postBulkRequestSchema,
    response: bulkResponseSchema,
    status: 201,
  },
  { method: "get", path: "/v2/notifications/{notification_id}", summary: "Get a message's status", description: "One message sent by your service.", response: notificationResponseSchema, status: 200 },
  {
    method: "get",
    path: "/v2/notifications/{notification_id}/pdf",
    summary: "Get a letter's PDF",
    description: `Letters are not supported, so after the usual checks (authentication, \`notification_id\` a UUID) this always answers 400 BadRequestError: "${LETTERS_NOT_SUPPORTED_MESSAGE}" It is here so the client libraries' letter PDF call gets an API error.`,
    status: 400,
  },
  {
    method: "get",
    path: "/v2/notifications",
    summary: "Get the status of many messages",
    description: "Messages sent with the same type of key, newest first, 250 per page. Follow `links.next` until a page is empty.",
    response: notificationsResponseSchema,
    status: 200,
    query: [
      { name: "template_type", description: "sms or email (repeatable)" },
      { name: "status", description: "a status; `failed` means every failure status (repeatable)" },
      { name: "reference", description: "your reference" },
      { name: "older_than", description: "a notification id: return messages sent before it" },
      { name: "include_jobs", description: "true to include messages sent from spreadsheets" },
    ],
  },
  { method: "get", path: "/v2/template/{template_id}", summary: "Get a template", description: "The latest version of one of your templates.", response: templateResponseSchema, status: 200 },
  { method: "get", path: "/v2/template/{template_id}/version/{version}", summary: "Get a version of a template", description: "A template as it was at that version (1, 2, …).", response: templateResponseSchema, status: 200 },
  { method: "get", path: "/v2/templates", summary: "Get all templates", description: "Your templates that are not deleted.", response: templatesResponseSchema, status: 200, query: [{ name: "type", description: "sms or email" }] },
  { method: "post", path: "/v2/template/{template_id}/preview", summary: "Preview a template", description: "The message a template makes with your personalisation, without sending it.", request: previewRequestSchema, response: templatePreviewResponseSchema, status: 200 },
  { method: "get", path: "/v2/received-text-messages", summary: "Get received text messages", description: "Texts sent to your service's numbers, newest first, 250 per page.", response: receivedTextsResponseSchema, status: 200, query: [{ name: "older_than", description: "a received text id" }] },
];

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "input" });
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{([a-z_]+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
}

export function buildOpenApiDocument(serverUrl: string) {
  const errorContent = { "application/json": { schema: jsonSchema(errorResponseSchema) } };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const item = (paths[op.path] ??= {});
    item[op.method] = {
      summary: op.summary,
      description: op.description,
      parameters: [...pathParameters(op.path), ...(op.query ?? []).map((q) => ({ name: q.name, in: "query", required: false, description: q.description, schema: { type: "string" } }))],
      ...(op.request ? { requestBody: { required: op.method === "post" && op.path.startsWith("/v2/notifications"), content: { "application/json": { schema: jsonSchema(op.request) } } } } : {}),
      responses: {
        ...(op.response ? { [String(op.status)]: { description: "Success", content: { "application/json": { schema: jsonSchema(op.response) } } } } : {}),
        "400": { description: "ValidationError or BadRequestError", content: errorContent },
        "401": { description: "AuthError: no token, or not a Bearer token", content: errorContent },
        "403": { description: "AuthError: the token is not valid", content: errorContent },
        "404": { description: "NoResultFound", content: errorContent },
        "429": { description: "RateLimitError or TooManyRequestsError", content: errorContent },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Notify API",
      version: "2",
      description: `Compatible with GOV.UK Notify / Notify.gov API v2: the official client libraries work by changing only the base URL.\n\n## Template categories and delivery lanes\n\n${describeDeliveryOrderMarkdown()}`,
    },
    servers: [{ url: serverUrl }],
    security: [{ notifyJwt: [] }],
    components: {
      securitySchemes: {
        notifyJwt: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "HS256 JWT with iss = your service id and iat = now (within 30 seconds), signed with your API key's secret (its last 36 characters)." },
      },
    },
    paths,
  };
}
