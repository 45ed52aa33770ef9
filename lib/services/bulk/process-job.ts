// The worker's fan-out of a spreadsheet job: reserve the day's allowance for every row at once
// (or stop with "sending limits exceeded"), take the rows the check page prepared or re-check the
// stored file (prepared-rows.ts), then insert the rows' notifications in batches, each batch
// stored and queued in one statement. Safe to run again
// after a crash: rows already made are skipped (job id + row number), and nothing is counted twice.
import { cancelUnsentJobNotifications, findJobForProcessing, insertJobNotifications, jobNotificationCopyText, reserveDailyAllowance, setJobStatus, type JobFanOut } from "../../db/bulk";
import { findServiceProfile } from "../../db/services";
import { findSuppressionList } from "../../db/suppressions";
import { findTemplate, findTemplateContentVersion } from "../../db/templates";
import { laneForSend } from "../../domain/templates/categories";
import { dailyAllowance } from "../../domain/notifications/limits";
import { defaultSender } from "../../domain/notifications/prepare";
import { getEnv } from "../../env";
import { logger } from "../../logger";
import { uuidv7 } from "../../security/random";
import { getProviders } from "../delivery/providers";
import { deletePreparedRows, jobNotificationRow, loadPreparedRows } from "./prepared-rows";
import { checkSpreadsheetWithServiceRules, spreadsheetDigestWithServiceRules } from "./uploads";

export const FAN_OUT_BATCH = 2000;
const FAN_OUT_IN_FLIGHT = 3;

/**
 * The job's rows in the form the fan-out stores them, a batch at a time: the prepared rows when
 * the check that made them still holds (same file, template, service rules and key), otherwise
 * the file checked again and each batch encrypted as it is needed (so the database writes one
 * batch while the next is encrypted). Null when the file no longer passes the checks.
 */
async function fanOutRows(input: Parameters<typeof checkSpreadsheetWithServiceRules>[0] & { storageKey: string }, key: string): Promise<{ count: number; prepared: boolean; slice: (start: number, end: number) => string[] } | null> {
  const prepared = await loadPreparedRows(getProviders().storage, input.storageKey, await spreadsheetDigestWithServiceRules(input));
  if (prepared) return { count: prepared.length, prepared: true, slice: (start, end) => prepared.slice(start, end) };
  const check = await checkSpreadsheetWithServiceRules(input);
  if (!check.ok || !check.isValid) return null;
  return { count: check.rows.length, prepared: false, slice: (start, end) => check.rows.slice(start, end).map((row) => jobNotificationCopyText(jobNotificationRow(row, key))) };
}

export type FanOutResult = "finished" | "skipped" | "limit-exceeded" | "error";

export async function processJob(jobId: string, options: { batchSize?: number; now?: Date; afterBatch?: (inserted: number) => Promise<void> } = {}): Promise<FanOutResult> {
  const log = logger.child({ jobId });
  const job = await findJobForProcessing(jobId);
  if (!job || !["pending", "scheduled", "in_progress"].includes(job.jobStatus)) {
    log.info({ status: job?.jobStatus }, "job not waiting to be processed; nothing to do");
    return "skipped";
  }
  const profile = await findServiceProfile(job.serviceId);
  const template = await findTemplateContentVersion(job.serviceId, job.templateId, job.templateVersion);
  const current = await findTemplate(job.serviceId, job.templateId);
  const bytes = job.storageKey ? await getProviders().storage.get(job.storageKey) : null;
  if (!profile || !template || !current || !bytes || !job.storageKey) {
    await setJobStatus(jobId, ["pending", "scheduled", "in_progress"], "error");
    log.error("job's service, template or file is missing");
    return "error";
  }
  const now = options.now ?? new Date();
  // First run only (pending/scheduled → in progress): take the whole job from today's allowance.
  if (job.jobStatus !== "in_progress") {
    if (!(await reserveDailyAllowance(dailyAllowance(job.serviceId, profile, template.templateType, now), job.notificationCount))) {
      await setJobStatus(jobId, ["pending", "scheduled"], "sending_limits_exceeded", { processingFinished: now });
      log.warn("job refused: it would pass the service's daily limit");
      return "limit-exceeded";
    }
    if (!(await setJobStatus(jobId, ["pending", "scheduled"], "in_progress", { processingStarted: now }))) return "skipped";
  }
  const key = getEnv().ENCRYPTION_KEY;
  const rows = await fanOutRows({ serviceId: job.serviceId, profile, template, bytes, fileName: job.originalFileName, storageKey: job.storageKey, isFanOut: true }, key);
  if (!rows) {
    await setJobStatus(jobId, ["in_progress"], "error");
    log.error("job's file no longer passes the checks");
    return "error";
  }
  const replyTo = defaultSender(profile, template.templateType, getEnv().NOTIFY_SERVICE_SMS_SENDER ?? null);
  const batchSize = options.batchSize ?? FAN_OUT_BATCH;
  // Read once when the fan-out starts (cached between changes); entries added later in a long fan-out apply to the next job.
  const hasSuppressions = (await findSuppressionList(job.serviceId, template.templateType)).size > 0;
  const fanOut: JobFanOut = { hasSuppressions, jobId, serviceId: job.serviceId, notificationType: template.templateType, templateId: job.templateId, templateVersion: job.templateVersion, createdById: job.createdById, replyToText: replyTo, lane: laneForSend(current, "job") };
  // Three batches in flight: the next one is prepared while the database writes the others on
  // their own connections (`npm run bench:bulk`, 100,000 rows, 2 cores: 2 in flight gave
  // 20,500–21,100 rows/s, 3 gave 21,900–26,000, 4 gave 21,400 and passed 500 MB).
  const inFlight: Promise<void>[] = [];
  for (let start = 0; start < rows.count; start += batchSize) {
    const batch = rows.slice(start, start + batchSize).map((copyText) => ({ id: uuidv7(), copyText }));
    const writing = insertJobNotifications(fanOut, batch).then((inserted) => options.afterBatch?.(inserted));
    writing.catch(() => undefined); // awaited below; this only stops an early failure counting as unhandled
    inFlight.push(writing);
    if (inFlight.length >= FAN_OUT_IN_FLIGHT) await inFlight.shift();
    // Cancelled while fanning out: stop, and cancel what this run made after the cancel.
    if ((start / batchSize) % 5 === 4 && (await findJobForProcessing(jobId))?.jobStatus === "cancelled") {
      await Promise.all(inFlight);
      await cancelUnsentJobNotifications(jobId);
      log.info("job cancelled during fan-out");
      return "skipped";
    }
  }
  await Promise.all(inFlight);
  await setJobStatus(jobId, ["in_progress"], "finished", { processingFinished: new Date() });
  // Every row is a notification now (with its own encrypted copy): the prepared rows aren't needed.
  if (rows.prepared) await deletePreparedRows(getProviders().storage, job.storageKey);
  log.info({ rows: rows.count, prepared: rows.prepared }, "job fanned out");
  return "finished";
}
