// Downloadable message reports (GSA's 1-, 3-, 5- and 7-day activity downloads). Asking for one
// stores the request and queues a worker task; the task reads the messages in batches and writes a
// formula-safe CSV to the file store; the page offers it once ready. Reports are deleted (row and
// file) when they expire with the service's retention. A report is one line per message, or counts
// only (lib/domain/reports/aggregate-report.ts); a service set to "counts only" gets only the latter.
import { deleteReports, findMessageForRetention, findNotificationReport, findReportToGenerate, findRetentionDays, listExpiredReports, listNotificationReports, markReportFailed, markReportReady, streamReportRows, createNotificationReport } from "../../db/reports";
import { looksLikeId } from "../../domain/ids";
import { STATUS_GROUPS, type StatusGroup } from "../../domain/notifications/status-groups";
import { countReportMessages } from "../../db/aggregate-reports";
import { DISPLAY_TIME_ZONE } from "../../domain/notifications/schedule";
import { aggregateCsv, aggregateFileName } from "../../domain/reports/aggregate-report";
import { allowedReportDays, createReportLineWriter, messageDeletionDate, reportExpiry } from "../../domain/reports/notification-report";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import type { FileStorage } from "../../providers/storage";
import type { RequestReportInput } from "../../schemas/reports";
import type { SessionUser } from "../auth/sessions";
import { getProviders } from "../delivery/providers";
import { requireServiceAccess } from "../service/service-access";
import { reportDownloadsOf, requireRecipientReports } from "./report-downloads";

const DAY_MS = 86_400_000;

export type Channel = "sms" | "email";
export type Retention = Record<Channel, number>;

async function retentionOf(serviceId: string): Promise<Retention> {
  const retention = await findRetentionDays(serviceId);
  if (!retention) throw new AppError("NOT_FOUND", "service not found");
  return retention;
}

/** The longest period worth asking for: the retention of the channel, or of the longer-kept channel. */
function retentionFor(retention: Retention, channel: Channel | undefined | null): number {
  return channel ? retention[channel] : Math.max(retention.sms, retention.email);
}

/** The reports list and the request form's choices for a service's message pages. */
export async function getNotificationReports({ actor, serviceId, channel, now = new Date() }: { actor: SessionUser; serviceId: string; channel?: Channel; now?: Date }) {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const [retention, reports, reportDownloads] = await Promise.all([retentionOf(serviceId), listNotificationReports(serviceId, now), reportDownloadsOf(serviceId)]);
  return { retention, allowedDays: allowedReportDays(retentionFor(retention, channel)), reports, isGenerating: reports.some((r) => r.status === "pending"), canDownloadRecipients: reportDownloads === "with_recipients" };
}

/**
 * Asks for a report; the worker writes it. Throws VALIDATION when the period is longer than the
 * retention, and FORBIDDEN (counts-only-reports) for one with recipients when the service allows counts only.
 */
export async function requestNotificationReport({ actor, serviceId, input, now = new Date() }: { actor: SessionUser; serviceId: string; input: RequestReportInput; now?: Date }): Promise<{ reportId: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const form = input.form ?? "recipients";
  if (form === "recipients") await requireRecipientReports(serviceId);
  const retention = retentionFor(await retentionOf(serviceId), input.channel);
  if (!allowedReportDays(retention).includes(input.days as never)) {
    throw new AppError("VALIDATION", "report period longer than retention", { fieldErrors: { days: `Messages are only kept for ${retention} days. Select a shorter period` } });
  }
  const { id } = await createNotificationReport({
    serviceId,
    requestedById: actor.userId,
    days: input.days,
    notificationType: input.channel ?? null,
    statusGroup: input.status ?? null,
    form,
    createdAt: now,
    expiresAt: reportExpiry(now, retention),
  });
  logger.info({ serviceId, reportId: id, days: input.days, form }, "message report requested");
  return { reportId: id };
}

/**
 * A ready report's file, for the download route. Another service's report, or one not ready, is
 * NOT_FOUND; one with recipients is FORBIDDEN (counts-only-reports) while the service allows counts only.
 */
export async function getNotificationReportFile({ actor, serviceId, reportId, storage = getProviders().storage }: { actor: SessionUser; serviceId: string; reportId: string; storage?: FileStorage }): Promise<{ fileName: string; body: ReadableStream<Uint8Array>; length: number }> {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const report = looksLikeId(reportId) ? await findNotificationReport(serviceId, reportId) : null;
  if (!report || report.status !== "ready" || !report.storageKey || report.expiresAt <= new Date()) throw new AppError("NOT_FOUND", "report not found");
  if (report.form === "recipients") await requireRecipientReports(serviceId);
  const file = await storage.open(report.storageKey);
  if (!file) throw new AppError("NOT_FOUND", "report file missing");
  const day = report.createdAt.toISOString().slice(0, 10);
  const what = `messages-last-${report.days}-days`;
  return { fileName: report.form === "counts" ? aggregateFileName(what, day) : `${what}-${day}.csv`, ...file };
}

export function reportStorageKey(serviceId: string, reportId: string): string {
  return `reports/${serviceId}/${reportId}.csv`;
}

/**
 * The worker's half: writes the report's CSV (messages created in the N days before the request,
 * newest first) to the file store, a batch of rows at a time, then marks it ready. A report that
 * is gone or already written is left alone. On the final attempt a failure marks it failed. A
 * counts report is one GROUP BY; a report with recipients asked for before the service switched to
 * counts only is marked failed rather than written.
 */
export async function generateNotificationReport(reportId: string, options: { storage?: FileStorage; batchSize?: number; isFinalAttempt?: boolean } = {}): Promise<{ rowCount: number } | null> {
  const report = await findReportToGenerate(reportId);
  if (!report || report.status !== "pending") {
    logger.info({ reportId }, "report gone or already written; nothing to do");
    return null;
  }
  const storage = options.storage ?? getProviders().storage;
  const key = reportStorageKey(report.serviceId, report.id);
  const group = report.statusGroup as StatusGroup | null;
  const filter = {
    serviceId: report.serviceId,
    since: new Date(report.createdAt.getTime() - report.days * DAY_MS),
    until: report.createdAt,
    channel: report.notificationType,
    statuses: group && group in STATUS_GROUPS ? STATUS_GROUPS[group] : null,
  };
  try {
    if (report.form === "counts") {
      const counts = await countReportMessages(filter, DISPLAY_TIME_ZONE);
      const messages = counts.reduce((n, c) => n + c.messages, 0);
      await storage.put(key, Buffer.from(aggregateCsv(counts)), { contentType: "text/csv; charset=utf-8" });
      await markReportReady(report.id, key, messages, new Date());
      logger.info({ serviceId: report.serviceId, reportId, rowCount: messages, lines: counts.length }, "message counts report written");
      return { rowCount: messages };
    }
    if ((await reportDownloadsOf(report.serviceId)) === "counts_only") {
      await markReportFailed(report.id, new Date());
      logger.info({ serviceId: report.serviceId, reportId }, "report with recipients not written: the service allows counts only");
      return null;
    }
    const writer = createReportLineWriter();
    const chunks: Buffer[] = [Buffer.from(writer.header())];
    let rowCount = 0;
    const rows = streamReportRows(filter, options.batchSize);
    for await (const batch of rows) {
      let text = "";
      for (const row of batch) text += writer.line(row);
      chunks.push(Buffer.from(text));
      rowCount += batch.length;
    }
    await storage.put(key, Buffer.concat(chunks), { contentType: "text/csv; charset=utf-8" });
    await markReportReady(report.id, key, rowCount, new Date());
    logger.info({ serviceId: report.serviceId, reportId, rowCount }, "message report written");
    return { rowCount };
  } catch (error) {
    if (options.isFinalAttempt) await markReportFailed(report.id, new Date());
    throw error;
  }
}

/** For the nightly purge: deletes expired reports' files, then their rows. Returns how many. */
export async function purgeExpiredReports(now: Date, storage: FileStorage, chunk = 100): Promise<number> {
  let deleted = 0;
  for (;;) {
    const expired = await listExpiredReports(now, chunk);
    for (const report of expired) if (report.storageKey) await storage.delete(report.storageKey);
    await deleteReports(expired.map((r) => r.id));
    deleted += expired.length;
    if (expired.length < chunk) return deleted;
  }
}

export type MessageRetentionNotice = { status: "kept"; retentionDays: number; deletedOn: Date } | { status: "purged"; retentionDays: number } | { status: "unknown" };

/** For a message page: when this message will be deleted, or that it already was (by the retention purge). */
export async function getMessageRetentionNotice({ actor, serviceId, notificationId }: { actor: SessionUser; serviceId: string; notificationId: string }): Promise<MessageRetentionNotice> {
  await requireServiceAccess({ actor, serviceId });
  if (!looksLikeId(notificationId)) return { status: "unknown" };
  const [found, retention] = await Promise.all([findMessageForRetention(serviceId, notificationId), retentionOf(serviceId)]);
  if (found.stored) {
    const retentionDays = retention[found.stored.notificationType];
    return { status: "kept", retentionDays, deletedOn: messageDeletionDate(found.stored.createdAt, retentionDays) };
  }
  return found.purgedType ? { status: "purged", retentionDays: retention[found.purgedType] } : { status: "unknown" };
}
