// Sending a spreadsheet of recipients: store the upload, check it against the template (the same
// content engine as every other send), show what will be sent, then start (or schedule) a job whose
// fan-out the worker does. Needs "Send messages".
// The checks, each adding to the one before: checkFileAndColumns (lib/domain/csv: the file and its
// header) → checkSpreadsheet (every row) → checkSpreadsheetWithServiceRules (this service's trial
// mode, international texts, prefix) → checkSpreadsheetToSend (today's allowance, the estimate; the
// check page and the bulk API) → checkStoredUpload (an upload by id, for the check page).
import { laneForSend } from "../../domain/templates/categories";
import { randomUUID } from "node:crypto";
import { insertAuditEvent } from "../../db/audit";
import { cancelJob as cancelJobRow, findJob, findUpload, insertJobAndEnqueue, insertUpload, listJobNotifications, listJobs, recordUploadCheck, usedDailyAllowance } from "../../db/bulk";
import { findServiceProfile, type ServiceProfile } from "../../db/services";
import { findTemplate, type TemplateRow } from "../../db/templates";
import { UPLOAD_FILE_ERRORS, uploadFileError, type TemplateForCheck } from "../../domain/csv/check-file";
import { checkSpreadsheet, type CheckedSpreadsheet, type CheckSpreadsheetOptions, type FileError, type SpreadsheetCheck } from "../../domain/csv/check-spreadsheet";
import { dailyAllowance } from "../../domain/notifications/limits";
import type { NotificationStatusName } from "../../domain/notifications/status";
import { extractPlaceholders, indexPersonalisation } from "../../domain/templates/placeholders";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import type { SessionUser } from "../auth/sessions";
import { getProviders } from "../delivery/providers";
import { listAllowedRecipients } from "../notifications/allowed-recipients";
import { requireServiceAccess } from "../service/service-access";
import { previewTemplate, type TemplatePreview } from "../templates/templates";
import { looksLikeId } from "../../domain/ids";
import { spreadsheetCheckDigest, countPreparedRows, savePreparedRows } from "./prepared-rows";
import { defaultSender, smsPrefixFor } from "../../domain/notifications/prepare";
import { findSuppressionList } from "../../db/suppressions";
import { previewBrandingFor } from "../email-branding/brandings";

export const UPLOAD_ERRORS = {
  noFile: "Choose a file to upload",
  ...UPLOAD_FILE_ERRORS,
  jobLimit: (rows: number, remaining: number) =>
    `You cannot send this file today. It has ${rows.toLocaleString("en-US")} ${rows === 1 ? "row" : "rows"} and your service can send ${remaining.toLocaleString("en-US")} more ${remaining === 1 ? "message" : "messages"} today.`,
  notValid: "This file has problems. Fix them and upload it again.",
} as const;

/** Messages per second assumed for the estimate when the sender has no configured rate (AWS toll-free). */
const DEFAULT_SMS_PER_SECOND = 3;
const DEFAULT_EMAIL_PER_SECOND = 14;

type Actor = { actor: SessionUser; serviceId: string };

async function loadTemplate(serviceId: string, templateId: string): Promise<TemplateRow> {
  const template = looksLikeId(templateId) ? await findTemplate(serviceId, templateId) : null;
  if (!template || template.archived) throw new AppError("NOT_FOUND", "template not found");
  return template;
}

/** The example spreadsheet for a template: its recipient column and placeholders, with one sample row. */
export async function exampleSpreadsheet({ actor, serviceId, templateId }: Actor & { templateId: string }): Promise<{ fileName: string; csv: string; template: TemplateForCheck }> {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  const template = await loadTemplate(serviceId, templateId);
  const recipient = template.templateType === "sms" ? ["phone number", "(202) 555-0123"] : ["email address", "test@example.gov"];
  const placeholders = extractPlaceholders(template.subject, template.content).filter((p) => !["phonenumber", "emailaddress"].includes(p.key));
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const header = [recipient[0] ?? "", ...placeholders.map((p) => p.name)].map(quote).join(",");
  const sample = [recipient[1] ?? "", ...placeholders.map((p) => `example ${p.name}`)].map(quote).join(",");
  return {
    fileName: `${template.name.replace(/[^A-Za-z0-9 _-]+/g, "").trim() || "template"}.csv`,
    csv: `${header}\r\n${sample}\r\n`,
    template: { type: template.templateType, content: template.content, subject: template.subject },
  };
}

export async function uploadSpreadsheet({ actor, serviceId, templateId, fileName, bytes, contactListId }: Actor & { templateId: string; fileName: string; bytes: Uint8Array; contactListId?: string }): Promise<{ uploadId: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  await loadTemplate(serviceId, templateId);
  const name = fileName.trim().slice(0, 255);
  if (!name || bytes.length === 0) throw new AppError("VALIDATION", "no file", { fieldErrors: { file: UPLOAD_ERRORS.noFile } });
  const fileError = uploadFileError(name, bytes.length);
  if (fileError) throw new AppError("VALIDATION", "not an acceptable file", { fieldErrors: { file: fileError } });
  const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  const uploadId = randomUUID();
  const storageKey = `uploads/${serviceId}/${uploadId}.${extension}`;
  await getProviders().storage.put(storageKey, Buffer.from(bytes), { contentType: "text/csv" });
  await insertUpload({ id: uploadId, serviceId, templateId, originalFileName: name, storageKey, createdById: actor.userId, contactListId });
  await insertAuditEvent({ eventType: "spreadsheet-uploaded", userId: actor.userId, serviceId, data: { uploadId, templateId } });
  return { uploadId };
}

export type UploadCheck =
  | { ok: false; fileName: string; templateId: string; fileError: FileError }
  | {
      ok: true;
      fileName: string;
      templateId: string;
      template: TemplateRow;
      profile: ServiceProfile;
      check: CheckedSpreadsheet;
      /** Names this check (prepared-rows.ts). */
      digest: string;
      preview: TemplatePreview | null;
      remainingToday: number;
      overDailyLimit: boolean;
      estimatedSeconds: number;
    };

type ServiceSpreadsheet = {
  serviceId: string;
  profile: ServiceProfile;
  template: Pick<TemplateRow, "templateType" | "subject" | "content">;
  bytes: Uint8Array;
  fileName: string;
  /** The job fan-out: rows on the "do not send" list are skipped there (lib/db/bulk.ts), not a reason to stop the job. */
  isFanOut?: boolean;
};

/** This service's rules for the spreadsheet check (trial mode, international texts, prefix, its "do not send" list). */
async function serviceCheckOptions({ serviceId, profile, template, fileName, isFanOut }: ServiceSpreadsheet): Promise<CheckSpreadsheetOptions> {
  const [allowedRecipients, suppressed] = await Promise.all([
    profile.restricted ? listAllowedRecipients(serviceId) : null,
    isFanOut ? null : findSuppressionList(serviceId, template.templateType),
  ]);
  return {
    fileName,
    template: { type: template.templateType, content: template.content, subject: template.subject },
    allowInternationalSms: profile.channels.includes("international_sms"),
    smsPrefix: smsPrefixFor(profile),
    trialMode: allowedRecipients ? { allowedRecipients } : undefined,
    suppressions: suppressed?.size ? { list: suppressed, sender: defaultSender(profile, template.templateType, getEnv().NOTIFY_SERVICE_SMS_SENDER ?? null) } : undefined,
  };
}

/** The content engine's spreadsheet check with this service's rules, and the digest naming that check (prepared-rows.ts). */
export async function checkSpreadsheetWithServiceRules(input: ServiceSpreadsheet): Promise<SpreadsheetCheck & { digest: string }> {
  const options = await serviceCheckOptions(input);
  return { ...checkSpreadsheet(input.bytes, options), digest: spreadsheetCheckDigest(input.bytes, options, getEnv().ENCRYPTION_KEY) };
}

/** The digest a check of this file would have now, without checking it. */
export async function spreadsheetDigestWithServiceRules(input: ServiceSpreadsheet): Promise<string> {
  return spreadsheetCheckDigest(input.bytes, await serviceCheckOptions(input), getEnv().ENCRYPTION_KEY);
}

export type FileCheck = Omit<Extract<UploadCheck, { ok: true }>, "fileName" | "templateId"> | { ok: false; fileError: FileError };

/** How many more messages of this channel the service may send today. */
async function remainingAllowance(serviceId: string, profile: ServiceProfile, channel: "sms" | "email", now: Date): Promise<number> {
  const allowance = dailyAllowance(serviceId, profile, channel, now);
  return Math.max(0, allowance.limit - (await usedDailyAllowance(allowance)));
}

/** The spreadsheet checks for one file against a template, with today's allowance and the estimate (pages and API alike). */
export async function checkSpreadsheetToSend({ serviceId, template, profile, bytes, fileName, now = new Date() }: { serviceId: string; template: TemplateRow; profile: ServiceProfile; bytes: Uint8Array; fileName: string; now?: Date }): Promise<FileCheck> {
  const { digest, ...check } = await checkSpreadsheetWithServiceRules({ serviceId, profile, template, bytes, fileName });
  if (!check.ok) return { ok: false, fileError: check.fileError };
  const first = check.rows.find((r) => r.errors.length === 0);
  const remainingToday = await remainingAllowance(serviceId, profile, template.templateType, now);
  const perSecond = template.templateType === "sms" ? DEFAULT_SMS_PER_SECOND : DEFAULT_EMAIL_PER_SECOND;
  const units = template.templateType === "sms" ? check.smsParts : check.rowCount;
  return {
    ok: true,
    template,
    profile,
    check,
    digest,
    preview: first ? previewTemplate(profile, template, indexPersonalisation(first.personalisation), await previewBrandingFor(serviceId, template.templateType)) : null,
    remainingToday,
    overDailyLimit: check.rowCount > remainingToday,
    estimatedSeconds: Math.ceil(units / perSecond),
  };
}

async function loadUpload(serviceId: string, uploadId: string) {
  const upload = looksLikeId(uploadId) ? await findUpload(serviceId, uploadId) : null;
  if (!upload?.templateId) throw new AppError("NOT_FOUND", "upload not found");
  const template = await loadTemplate(serviceId, upload.templateId);
  const profile = await findServiceProfile(serviceId);
  if (!profile) throw new AppError("NOT_FOUND", "service not found");
  const bytes = await getProviders().storage.get(upload.storageKey);
  if (!bytes) throw new AppError("NOT_FOUND", "the uploaded file is no longer stored");
  return { upload, template, profile, bytes };
}

/**
 * Runs the spreadsheet checks on a stored upload, for the check page. With `prepare` (the page
 * passes Next's `after`), a valid file's rows are then prepared for sending (prepared-rows.ts) once
 * the page has been sent.
 */
export async function checkStoredUpload({ actor, serviceId, uploadId, now = new Date(), prepare }: Actor & { uploadId: string; now?: Date; prepare?: (work: () => Promise<void>) => void }): Promise<UploadCheck> {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  const { upload, template, profile, bytes } = await loadUpload(serviceId, uploadId);
  const result = await checkSpreadsheetToSend({ serviceId, template, profile, bytes, fileName: upload.originalFileName, now });
  await recordUploadCheck(serviceId, uploadId, result.ok ? { rowCount: result.check.rowCount, isValid: result.check.isValid } : { rowCount: result.fileError.rowCount ?? null, isValid: false });
  if (prepare && result.ok && result.check.isValid) {
    const { rows } = result.check;
    const storage = getProviders().storage;
    prepare(async () => {
      try {
        if ((await countPreparedRows(storage, upload.storageKey, result.digest)) === null) await savePreparedRows(storage, upload.storageKey, result.digest, rows, getEnv().ENCRYPTION_KEY);
      } catch (error) {
        // Sending still works without them (the file is checked again): note it and carry on.
        logger.warn({ err: error, uploadId }, "could not prepare the upload's rows");
      }
    });
  }
  return { ...result, fileName: upload.originalFileName, templateId: template.id };
}

/**
 * What "Send" needs to know about an upload: its rows, whether it is valid and within today's
 * allowance. From the prepared rows' count when a check with the same digest prepared them (only
 * valid files are prepared); otherwise by checking the file again.
 */
async function checkForStart({ actor, serviceId, uploadId }: Actor & { uploadId: string }) {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  const { upload, template, profile, bytes } = await loadUpload(serviceId, uploadId);
  const digest = await spreadsheetDigestWithServiceRules({ serviceId, profile, template, bytes, fileName: upload.originalFileName });
  const prepared = await countPreparedRows(getProviders().storage, upload.storageKey, digest);
  if (prepared === null) {
    const result = await checkSpreadsheetToSend({ serviceId, template, profile, bytes, fileName: upload.originalFileName });
    if (!result.ok || !result.check.isValid) return { upload, template, valid: false as const };
    return { upload, template, valid: true as const, rowCount: result.check.rowCount, remainingToday: result.remainingToday };
  }
  return { upload, template, valid: true as const, rowCount: prepared, remainingToday: await remainingAllowance(serviceId, profile, template.templateType, new Date()) };
}

/** Starts (or schedules) the job for a valid upload; refuses a file over today's remaining limit. */
export async function startJob({ actor, serviceId, uploadId, scheduledFor }: Actor & { uploadId: string; scheduledFor: Date | null }): Promise<{ jobId: string }> {
  const result = await checkForStart({ actor, serviceId, uploadId });
  if (!result.valid) throw new AppError("BAD_REQUEST", "upload not valid", { userMessage: UPLOAD_ERRORS.notValid });
  if (result.rowCount > result.remainingToday) throw new AppError("LIMIT_EXCEEDED", "over daily limit", { userMessage: UPLOAD_ERRORS.jobLimit(result.rowCount, result.remainingToday) });
  const { upload, template } = result;
  const jobId = randomUUID();
  await insertJobAndEnqueue({
    id: jobId,
    serviceId,
    templateId: template.id,
    templateVersion: template.version,
    lane: laneForSend(template, "job"),
    originalFileName: upload.originalFileName,
    storageKey: upload.storageKey,
    notificationCount: result.rowCount,
    scheduledFor,
    createdById: actor.userId,
    contactListId: upload.contactListId,
  });
  await insertAuditEvent({ eventType: scheduledFor ? "job-scheduled" : "job-started", userId: actor.userId, serviceId, data: { jobId, rows: result.rowCount } });
  return { jobId };
}

export async function getJobs({ actor, serviceId }: Actor) {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  return listJobs(serviceId);
}

export async function getJob({ actor, serviceId, jobId, statuses, page = 1 }: Actor & { jobId: string; statuses?: NotificationStatusName[]; page?: number }) {
  const access = await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const job = looksLikeId(jobId) ? await findJob(serviceId, jobId) : null;
  if (!job) throw new AppError("NOT_FOUND", "job not found");
  const pageSize = 50;
  const rows = await listJobNotifications(serviceId, jobId, { statuses, skip: (page - 1) * pageSize, take: pageSize });
  return { job, rows: rows.rows, total: rows.total, pageSize, canCancel: access.permissions.includes("send_texts") || access.permissions.includes("send_emails") };
}

export async function cancelJob({ actor, serviceId, jobId }: Actor & { jobId: string }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "send_messages" });
  if (!looksLikeId(jobId) || !(await cancelJobRow(serviceId, jobId))) throw new AppError("BAD_REQUEST", "not cancellable", { userMessage: "This job can no longer be cancelled" });
  await insertAuditEvent({ eventType: "job-cancelled", userId: actor.userId, serviceId, data: { jobId } });
}
