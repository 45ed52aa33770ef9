// The API's GET endpoints and template preview, in Notify's JSON (spec §5.5–5.7).
import { findApiNotification, findApiTemplate, listApiInboundSms, listApiNotifications, listApiTemplates, type ApiNotificationRow, type ApiTemplateRow } from "../../db/api-reads";
import { notificationCost, type Prices } from "../../domain/notifications/cost";
import { notifyDateTime } from "../../domain/notifications/date-format";
import { COMPLETED_STATUSES, NOTIFICATION_STATUSES, type NotificationStatusName } from "../../domain/notifications/status";
import { extractPlaceholders, fillPlaceholders, findMissingPlaceholders, indexPersonalisation, missingPersonalisationMessage, resolveOptionalBlocks } from "../../domain/templates/placeholders";
import { renderEmail } from "../../domain/templates/render-email";
import { renderSms } from "../../domain/templates/render-sms";
import { encryptionKeys, getEnv } from "../../env";
import { AppError } from "../../errors";
import { listNotificationsQuerySchema, listTemplatesQuerySchema, notifyValidationMessages, previewRequestSchema, receivedTextsQuerySchema } from "../../schemas/api";
import { decrypt } from "../../security/encryption";
import type { ApiCaller } from "../api-keys/authenticate";
import { pageLinks, templateRef } from "./api-links";

export const PAGE_SIZE = 250;
/** PostgreSQL's integer, the type of templates.version. */
const MAX_VERSION = 2_147_483_647;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FAILED_STATUSES: NotificationStatusName[] = ["technical-failure", "temporary-failure", "permanent-failure", "failed", "validation-failed", "virus-scan-failed"];


function notFound(): AppError {
  return new AppError("NOT_FOUND", "No result found");
}

function validation(messages: string[]): AppError {
  return new AppError("VALIDATION", messages[0] ?? "invalid", { problems: messages });
}

function personalisationOf(row: { personalisation: string | null }): Map<string, unknown> {
  if (!row.personalisation) return new Map();
  return indexPersonalisation(JSON.parse(decrypt(row.personalisation, encryptionKeys())) as Record<string, unknown>);
}

function prices(): Prices {
  const env = getEnv();
  return { smsPerPart: env.SMS_PRICE_PER_PART, emailPerMessage: env.EMAIL_PRICE_PER_MESSAGE };
}

function serializeNotification(serviceId: string, row: ApiNotificationRow) {
  const values = personalisationOf(row);
  const isSms = row.notificationType === "sms";
  const body = isSms ? renderSms(row.content, values).bodyWithoutPrefix : fillPlaceholders(resolveOptionalBlocks(row.content, values), values);
  const subject = isSms ? null : renderEmail({ subject: row.subject ?? "", content: "" }, values).subject;
  const cost = notificationCost(row, prices());
  return {
    id: row.id,
    reference: row.clientReference,
    email_address: isSms ? null : row.to,
    phone_number: isSms ? row.to : null,
    line_1: null,
    line_2: null,
    line_3: null,
    line_4: null,
    line_5: null,
    line_6: null,
    postcode: null,
    postage: null,
    type: row.notificationType,
    status: row.status,
    template: templateRef(row.templateId, row.templateVersion),
    body,
    subject,
    created_at: notifyDateTime(row.createdAt),
    created_by_name: row.createdByName,
    sent_at: notifyDateTime(row.sentAt),
    completed_at: COMPLETED_STATUSES.includes(row.status) ? notifyDateTime(row.updatedAt) : null,
    scheduled_for: notifyDateTime(row.scheduledFor),
    one_click_unsubscribe_url: row.unsubscribeLink,
    is_cost_data_ready: cost.isCostDataReady,
    cost_in_pounds: cost.costInPounds,
    cost_details: cost.costDetails,
  };
}

/** Throws Notify's ValidationError unless the id in a /v2/notifications/{id} path is a UUID. */
export function checkNotificationId(notificationId: string): void {
  if (!UUID.test(notificationId)) throw validation(["notification_id is not a valid UUID"]);
}

export async function getNotificationForApi(caller: ApiCaller, notificationId: string) {
  checkNotificationId(notificationId);
  const row = await findApiNotification(caller.serviceId, notificationId);
  if (!row) throw notFound();
  return serializeNotification(caller.serviceId, row);
}

/** Query parameters as Notify reads them: repeated ones (template_type, status) become lists. */
function queryObject(searchParams: URLSearchParams, repeated: readonly string[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) out[key] = repeated.includes(key) ? searchParams.getAll(key) : (searchParams.get(key) ?? "");
  return out;
}

export async function listNotificationsForApi(caller: ApiCaller, url: URL) {
  const parsed = listNotificationsQuerySchema.safeParse(queryObject(url.searchParams, ["template_type", "status"]));
  if (!parsed.success) throw validation(notifyValidationMessages(parsed.error));
  const query = parsed.data;
  const unknownStatus = (query.status ?? []).find((s) => !(NOTIFICATION_STATUSES as readonly string[]).includes(s));
  if (unknownStatus !== undefined) throw validation([`status ${unknownStatus} is not one of [${NOTIFICATION_STATUSES.join(", ")}]`]);
  const statuses = (query.status ?? []).flatMap((s) => (s === "failed" ? FAILED_STATUSES : [s as NotificationStatusName]));
  if ((query.template_type ?? []).includes("letter") && query.template_type?.length === 1) {
    return { notifications: [], links: pageLinks(url, undefined) };
  }
  const rows = await listApiNotifications(caller.serviceId, {
    keyType: caller.keyType,
    templateTypes: (query.template_type ?? []).filter((t): t is "sms" | "email" => t !== "letter"),
    statuses,
    reference: query.reference,
    olderThanId: query.older_than,
    includeJobs: query.include_jobs === "true" || query.include_jobs === "True",
    limit: PAGE_SIZE,
  });
  const notifications = rows.map((row) => serializeNotification(caller.serviceId, row));
  return { notifications, links: pageLinks(url, rows.at(-1)?.id) };
}

function serializeTemplate(row: ApiTemplateRow) {
  const placeholders = extractPlaceholders(row.subject, row.content);
  return {
    id: row.id,
    name: row.name,
    type: row.templateType,
    created_at: notifyDateTime(row.createdAt),
    updated_at: notifyDateTime(row.updatedAt),
    created_by: row.createdByEmail,
    version: row.version,
    body: row.content,
    subject: row.templateType === "email" ? row.subject : null,
    personalisation: Object.fromEntries(placeholders.map((p) => [p.name, { required: true }])),
    postage: null,
    letter_contact_block: null,
  };
}

export async function getTemplateForApi(caller: ApiCaller, templateId: string, version?: string) {
  if (!UUID.test(templateId)) throw validation(["template_id is not a valid UUID"]);
  let versionNumber: number | undefined;
  if (version !== undefined) {
    if (!/^\d+$/.test(version) || Number(version) < 1) throw validation([`version ${version} is not of type integer`]);
    versionNumber = Number(version);
  }
  // No template reaches a version past the database's integer: there is no such version.
  if (versionNumber !== undefined && versionNumber > MAX_VERSION) throw notFound();
  const row = await findApiTemplate(caller.serviceId, templateId, versionNumber);
  if (!row) throw notFound();
  return serializeTemplate(row);
}

export async function listTemplatesForApi(caller: ApiCaller, url: URL) {
  const parsed = listTemplatesQuerySchema.safeParse(queryObject(url.searchParams, []));
  if (!parsed.success) throw validation(notifyValidationMessages(parsed.error));
  if (parsed.data.type === "letter") return { templates: [] };
  return { templates: (await listApiTemplates(caller.serviceId, parsed.data.type)).map(serializeTemplate) };
}

export async function previewTemplateForApi(caller: ApiCaller, templateId: string, body: unknown) {
  if (!UUID.test(templateId)) throw validation(["template_id is not a valid UUID"]);
  const parsed = previewRequestSchema.safeParse(body ?? {});
  if (!parsed.success) throw validation(notifyValidationMessages(parsed.error));
  const row = await findApiTemplate(caller.serviceId, templateId);
  if (!row) throw notFound();
  const values = indexPersonalisation(parsed.data.personalisation ?? {});
  const missing = findMissingPlaceholders(extractPlaceholders(row.subject, row.content), values);
  if (missing.length > 0) throw new AppError("BAD_REQUEST", missingPersonalisationMessage(missing));
  if (row.templateType === "sms") {
    return { id: row.id, type: "sms", version: row.version, body: renderSms(row.content, values, { prefix: null }).bodyWithoutPrefix, subject: null, html: null, postage: null };
  }
  const email = renderEmail({ subject: row.subject ?? "", content: row.content }, values);
  return {
    id: row.id,
    type: "email",
    version: row.version,
    body: fillPlaceholders(resolveOptionalBlocks(row.content, values), values),
    subject: email.subject,
    html: email.html,
    postage: null,
  };
}

export async function listReceivedTextsForApi(caller: ApiCaller, url: URL) {
  const parsed = receivedTextsQuerySchema.safeParse(queryObject(url.searchParams, []));
  if (!parsed.success) throw validation(notifyValidationMessages(parsed.error));
  const rows = await listApiInboundSms(caller.serviceId, parsed.data.older_than, PAGE_SIZE);
  const keys = encryptionKeys();
  return {
    received_text_messages: rows.map((row) => ({
      id: row.id,
      user_number: row.userNumber,
      notify_number: row.notifyNumber,
      created_at: notifyDateTime(row.createdAt),
      service_id: caller.serviceId,
      content: decrypt(row.contentEncrypted, keys),
    })),
    links: pageLinks(url, rows.at(-1)?.id),
  };
}
