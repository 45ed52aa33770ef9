// A service's message reports: the rows asking for them, and the notifications they list, read in
// keyset batches so a report of any size never holds more than one batch in memory.
import { randomUUID } from "node:crypto";
import type { NotificationStatusName } from "../domain/notifications/status";
import type { ReportRow } from "../domain/reports/notification-report";
import { getDb } from "./client";
import type { NotificationReportStatus, NotificationType, ReportForm } from "./generated/client";
import { getPool } from "./pool";
import { addJobSql } from "../jobs/queue-sql";

export type NotificationReportSummary = {
  id: string;
  days: number;
  notificationType: NotificationType | null;
  statusGroup: string | null;
  form: ReportForm;
  status: NotificationReportStatus;
  rowCount: number | null;
  createdAt: Date;
  completedAt: Date | null;
  expiresAt: Date;
  requestedByName: string | null;
};

const SUMMARY = {
  id: true,
  days: true,
  notificationType: true,
  statusGroup: true,
  form: true,
  status: true,
  rowCount: true,
  createdAt: true,
  completedAt: true,
  expiresAt: true,
  requestedBy: { select: { name: true } },
} as const;

function toSummary({ requestedBy, ...row }: { requestedBy: { name: string } | null } & Omit<NotificationReportSummary, "requestedByName">): NotificationReportSummary {
  return { ...row, requestedByName: requestedBy?.name ?? null };
}

/**
 * Stores the request and queues its generate-notification-report job in one statement, so a
 * report can't be left waiting with no job to write it.
 */
export async function createNotificationReport(data: {
  serviceId: string;
  requestedById: string;
  days: number;
  notificationType: NotificationType | null;
  statusGroup: string | null;
  form: ReportForm;
  createdAt: Date;
  expiresAt: Date;
}): Promise<{ id: string }> {
  const id = randomUUID();
  await getPool().query(
    `WITH report AS (
       INSERT INTO notification_reports (id, service_id, requested_by_id, days, notification_type, status_group, created_at, expires_at, form)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::notification_type, $6, $7::timestamp, $8::timestamp, $9::report_form)
       RETURNING id
     )
     SELECT ${addJobSql("generate-notification-report", { reportId: "report.id" }, { jobKey: "'report:' || report.id", maxAttempts: 3 })} FROM report`,
    [id, data.serviceId, data.requestedById, data.days, data.notificationType, data.statusGroup, data.createdAt.toISOString().replace("Z", ""), data.expiresAt.toISOString().replace("Z", ""), data.form],
  );
  return { id };
}

/** The service's reports that have not expired, newest first. */
export async function listNotificationReports(serviceId: string, now: Date, limit = 20): Promise<NotificationReportSummary[]> {
  const rows = await getDb().notificationReport.findMany({ where: { serviceId, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" }, take: limit, select: SUMMARY });
  return rows.map(toSummary);
}

/** One report of this service (null for another service's report or an unknown id). */
export async function findNotificationReport(serviceId: string, reportId: string): Promise<(NotificationReportSummary & { storageKey: string | null }) | null> {
  const row = await getDb().notificationReport.findFirst({ where: { id: reportId, serviceId }, select: { ...SUMMARY, storageKey: true } });
  return row ? { ...toSummary(row), storageKey: row.storageKey } : null;
}

/** What the worker needs to write a report. */
export async function findReportToGenerate(reportId: string) {
  return getDb().notificationReport.findUnique({
    where: { id: reportId },
    select: { id: true, serviceId: true, days: true, notificationType: true, statusGroup: true, form: true, status: true, createdAt: true },
  });
}

export async function markReportReady(reportId: string, storageKey: string, rowCount: number, completedAt: Date): Promise<void> {
  await getDb().notificationReport.updateMany({ where: { id: reportId }, data: { status: "ready", storageKey, rowCount, completedAt } });
}

export async function markReportFailed(reportId: string, completedAt: Date): Promise<void> {
  await getDb().notificationReport.updateMany({ where: { id: reportId, status: "pending" }, data: { status: "failed", completedAt } });
}

/** Days messages are kept, per channel: the channel's override, else the service's default. */
export async function findRetentionDays(serviceId: string): Promise<Record<NotificationType, number> | null> {
  const service = await getDb().service.findUnique({
    where: { id: serviceId },
    select: { messageRetentionDays: true, dataRetention: { select: { notificationType: true, daysOfRetention: true } } },
  });
  if (!service) return null;
  const days = (type: NotificationType) => service.dataRetention.find((r) => r.notificationType === type)?.daysOfRetention ?? service.messageRetentionDays;
  return { sms: days("sms"), email: days("email") };
}

export type ReportRowFilter = { serviceId: string; since: Date; until: Date; channel: NotificationType | null; statuses: readonly NotificationStatusName[] | null };

type RawRow = {
  id: string;
  created_key: string;
  created_ms: number;
  notification_type: NotificationType;
  to: string;
  client_reference: string | null;
  notification_status: string;
  job_row_number: number | null;
  template_name: string;
  job_name: string | null;
  user_name: string | null;
  user_email: string | null;
  api_key_name: string | null;
};

/**
 * A report's filter on notifications `n` as SQL: parameters $1 service, $2 since, $3 until (UTC
 * timestamps), then the channel and statuses when set, with their conditions in `extra` (the
 * service, period and test-key conditions are the caller's). More parameters may be pushed after.
 */
export function reportFilterSql(filter: ReportRowFilter): { params: unknown[]; extra: string } {
  const params: unknown[] = [filter.serviceId, filter.since.toISOString().replace("Z", ""), filter.until.toISOString().replace("Z", "")];
  let extra = "";
  if (filter.channel) {
    params.push(filter.channel);
    extra += ` AND n.notification_type = $${params.length}::notification_type`;
  }
  if (filter.statuses?.length) {
    // The database's enum values are Notify's hyphenated names, the same as NotificationStatusName.
    params.push([...filter.statuses]);
    extra += ` AND n.notification_status::text = ANY($${params.length}::text[])`;
  }
  return { params, extra };
}

/**
 * The report's notifications (test-key messages left out), newest first, `batchSize` at a time,
 * paging on (created_at, id) so each batch is an index range scan however deep the report goes.
 */
export async function* streamReportRows(filter: ReportRowFilter, batchSize = 5_000): AsyncGenerator<ReportRow[]> {
  const { params, extra } = reportFilterSql(filter);
  const base = params.length;
  let cursor: { key: string; id: string } | null = null;
  for (;;) {
    const page: unknown[] = cursor ? [...params, cursor.key, cursor.id, batchSize] : [...params, batchSize];
    const after: string = cursor ? ` AND (n.created_at, n.id) < ($${base + 1}::timestamp, $${base + 2}::uuid)` : "";
    const rows: RawRow[] = (await getPool().query<RawRow>(
      `SELECT n.id, n.created_at::text AS created_key, (extract(epoch FROM n.created_at) * 1000)::float8 AS created_ms,
              n.notification_type, n."to", n.client_reference, n.notification_status::text AS notification_status, n.job_row_number,
              t.name AS template_name, j.original_file_name AS job_name, u.name AS user_name, u.email_address AS user_email, k.name AS api_key_name
         FROM notifications n
         JOIN templates t ON t.id = n.template_id
         LEFT JOIN jobs j ON j.id = n.job_id
         LEFT JOIN users u ON u.id = n.created_by_id
         LEFT JOIN api_keys k ON k.id = n.api_key_id
        WHERE n.service_id = $1::uuid AND n.key_type <> 'test' AND n.created_at >= $2::timestamp AND n.created_at < $3::timestamp${extra}${after}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $${page.length}`,
      page,
    )).rows;
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      to: r.to,
      clientReference: r.client_reference,
      templateName: r.template_name,
      notificationType: r.notification_type,
      status: r.notification_status as NotificationStatusName,
      createdAt: new Date(r.created_ms),
      userName: r.user_name,
      userEmail: r.user_email,
      jobName: r.job_name,
      jobRowNumber: r.job_row_number,
      apiKeyName: r.api_key_name,
    }));
    if (rows.length < batchSize) return;
    const last: RawRow = rows[rows.length - 1]!;
    cursor = { key: last.created_key, id: last.id };
  }
}

/** Reports past their expiry (any status), oldest first, with their files to delete. */
export async function listExpiredReports(now: Date, limit: number): Promise<{ id: string; storageKey: string | null }[]> {
  return getDb().notificationReport.findMany({ where: { expiresAt: { lte: now } }, orderBy: { expiresAt: "asc" }, take: limit, select: { id: true, storageKey: true } });
}

export async function deleteReports(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await getDb().notificationReport.deleteMany({ where: { id: { in: [...ids] } } });
}

/** Where a message is now: still stored (with when and which channel), moved to history by the retention purge, or unknown. */
export async function findMessageForRetention(serviceId: string, notificationId: string): Promise<{ stored: { createdAt: Date; notificationType: NotificationType } | null; purgedType: NotificationType | null }> {
  const db = getDb();
  const stored = await db.notification.findFirst({ where: { id: notificationId, serviceId }, select: { createdAt: true, notificationType: true } });
  if (stored) return { stored, purgedType: null };
  const purged = await db.notificationHistory.findFirst({ where: { id: notificationId, serviceId }, select: { notificationType: true } });
  return { stored: null, purgedType: purged?.notificationType ?? null };
}
