// POST /v2/notifications/bulk: a spreadsheet sent through the API (rows or CSV text), checked and
// started exactly like an upload from the portal (same checks, same job, same fan-out).
import { laneForSend } from "../../domain/templates/categories";
import { randomUUID } from "node:crypto";
import { insertJobAndEnqueue } from "../../db/bulk";
import { findSendingContext } from "../../db/sending";
import { notifyDateTime } from "../../domain/notifications/date-format";
import { SCHEDULE_MAX_DAYS } from "../../domain/notifications/schedule";
import { AppError } from "../../errors";
import { notifyValidationMessages, postBulkRequestSchema } from "../../schemas/api";
import { checkSpreadsheetToSend, UPLOAD_ERRORS } from "./uploads";
import { getProviders } from "../delivery/providers";
import type { ApiCaller } from "../api-keys/authenticate";
import { templateRef } from "../notifications/api-links";

const MAX_ERRORS = 50;

function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",")).join("\r\n");
}

function badRequest(messages: string[]): AppError {
  return new AppError("BAD_REQUEST", messages[0] ?? "bad request", { problems: messages });
}

export async function sendBulkForApi({ caller, body, now = new Date() }: { caller: ApiCaller; body: unknown; now?: Date }): Promise<{ status: number; body: unknown }> {
  const parsed = postBulkRequestSchema.safeParse(body);
  if (!parsed.success) throw new AppError("VALIDATION", "invalid", { problems: notifyValidationMessages(parsed.error) });
  const request = parsed.data;
  if ((request.rows === undefined) === (request.csv === undefined)) throw badRequest(["You should specify either rows or csv"]);
  let scheduledFor: Date | null = null;
  if (request.scheduled_for) {
    scheduledFor = new Date(request.scheduled_for);
    if (scheduledFor.getTime() < now.getTime()) throw new AppError("VALIDATION", "past", { problems: ["scheduled_for datetime cannot be in the past"] });
    if (scheduledFor.getTime() > now.getTime() + SCHEDULE_MAX_DAYS * 86_400_000) throw new AppError("VALIDATION", "far", { problems: [`scheduled_for datetime can only be up to ${SCHEDULE_MAX_DAYS * 24} hours in the future`] });
  }
  const context = await findSendingContext(caller.serviceId, request.template_id);
  if (!context?.template) throw badRequest(["Template not found"]);
  const { profile, template } = context;
  if (template.archived) throw badRequest(["Template has been deleted"]);
  if (!profile.channels.includes(template.templateType)) throw badRequest([template.templateType === "sms" ? "Service is not allowed to send text messages" : "Service is not allowed to send emails"]);
  if (caller.keyType === "test") throw badRequest(["Test API keys cannot send bulk jobs: use a live or team and guest list key"]);
  const text = request.csv ?? toCsv(request.rows ?? []);
  const bytes = new TextEncoder().encode(text);
  const fileName = request.name.endsWith(".csv") ? request.name : `${request.name}.csv`;
  // A team key is held to the team and guest list, like trial mode.
  const result = await checkSpreadsheetToSend({ serviceId: caller.serviceId, template, profile: caller.keyType === "team" ? { ...profile, restricted: true } : profile, bytes, fileName, now });
  if (!result.ok) throw badRequest([`${result.fileError.heading}. ${result.fileError.body}`]);
  if (!result.check.isValid) {
    const messages = result.check.shownErrorRows.flatMap((row) => row.errors.map((e) => `Row ${row.rowNumber}${e.column ? ` - ${e.column}` : ""}: ${e.message}`)).slice(0, MAX_ERRORS);
    throw badRequest(messages);
  }
  if (result.overDailyLimit) throw new AppError("LIMIT_EXCEEDED", UPLOAD_ERRORS.jobLimit(result.check.rowCount, result.remainingToday));
  const jobId = randomUUID();
  const storageKey = `uploads/${caller.serviceId}/${jobId}.csv`;
  await getProviders().storage.put(storageKey, Buffer.from(bytes), { contentType: "text/csv" });
  await insertJobAndEnqueue({
    id: jobId,
    serviceId: caller.serviceId,
    templateId: template.id,
    templateVersion: template.version,
    lane: laneForSend(template, "job"),
    originalFileName: fileName,
    storageKey,
    notificationCount: result.check.rowCount,
    scheduledFor,
    createdById: null,
  });
  return {
    status: 201,
    body: {
      data: {
        id: jobId,
        job_status: scheduledFor ? "scheduled" : "pending",
        original_file_name: fileName,
        notification_count: result.check.rowCount,
        template: templateRef(template.id, template.version),
        template_version: template.version,
        service: caller.serviceId,
        api_key: caller.apiKeyId,
        scheduled_for: notifyDateTime(scheduledFor),
        created_at: notifyDateTime(now),
        created_by: null,
      },
    },
  };
}
