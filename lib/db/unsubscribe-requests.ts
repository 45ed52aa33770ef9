// Unsubscribe requests and their reports. A request is one per notification (the unique index on
// notification_id makes recording idempotent); requests with no report yet are the service's
// pending ones, batched into a report when the service downloads them.
import { getDb } from "./client";

export type UnsubscribableNotification = { id: string; serviceId: string; templateId: string; templateVersion: number; to: string; jobId: string | null; createdAt: Date };

const EMAIL_SELECT = { id: true, serviceId: true, templateId: true, templateVersion: true, jobId: true, createdAt: true } as const;

/**
 * The email a request is for, still held or already moved to history at the end of its retention
 * (history has no recipient: the link carries it). Null for a text message or an unknown id.
 */
export async function findEmailForUnsubscribe(notificationId: string): Promise<Omit<UnsubscribableNotification, "to"> | null> {
  const db = getDb();
  const where = { id: notificationId, notificationType: "email" } as const;
  return (await db.notification.findFirst({ where, select: EMAIL_SELECT })) ?? (await db.notificationHistory.findFirst({ where, select: EMAIL_SELECT }));
}

/** Records the request unless one for this notification exists. Returns whether this call recorded it. */
export async function insertUnsubscribeRequest(notification: UnsubscribableNotification): Promise<boolean> {
  const inserted = await getDb().$executeRaw`
    INSERT INTO unsubscribe_requests (id, notification_id, service_id, template_id, template_version, email_address, job_id, notification_created_at)
    VALUES (gen_random_uuid(), ${notification.id}::uuid, ${notification.serviceId}::uuid, ${notification.templateId}::uuid, ${notification.templateVersion},
            ${notification.to}, ${notification.jobId}::uuid, ${notification.createdAt})
    ON CONFLICT (notification_id) DO NOTHING`;
  return inserted === 1;
}

export async function countUnsubscribeRequestsSince(serviceId: string, since: Date): Promise<number> {
  return getDb().unsubscribeRequest.count({ where: { serviceId, createdAt: { gte: since } } });
}

export type PendingUnsubscribeRequests = { count: number; earliestAt: Date; latestAt: Date };

/** The requests not yet in a report, or null when there are none. */
export async function findPendingUnsubscribeRequests(serviceId: string): Promise<PendingUnsubscribeRequests | null> {
  const row = await getDb().unsubscribeRequest.aggregate({ where: { serviceId, reportId: null }, _count: { _all: true }, _min: { createdAt: true }, _max: { createdAt: true } });
  if (!row._count._all || !row._min.createdAt || !row._max.createdAt) return null;
  return { count: row._count._all, earliestAt: row._min.createdAt, latestAt: row._max.createdAt };
}

export type UnsubscribeReportRow = { id: string; earliestAt: Date; latestAt: Date; count: number; processedAt: Date | null; createdAt: Date };
const REPORT_SELECT = { id: true, earliestAt: true, latestAt: true, count: true, processedAt: true, createdAt: true } as const;

export async function listUnsubscribeReports(serviceId: string): Promise<UnsubscribeReportRow[]> {
  return getDb().unsubscribeRequestReport.findMany({ where: { serviceId }, orderBy: { latestAt: "desc" }, take: 100, select: REPORT_SELECT });
}

export async function findUnsubscribeReport(serviceId: string, reportId: string): Promise<UnsubscribeReportRow | null> {
  return getDb().unsubscribeRequestReport.findFirst({ where: { id: reportId, serviceId }, select: REPORT_SELECT });
}

/**
 * Puts every pending request of the service into a new report, in one transaction (the requests
 * are locked, so two downloads at once make one report, and a request arriving meanwhile waits for
 * the next). Returns the report id, or null when nothing was pending.
 */
export async function batchPendingUnsubscribeRequests(serviceId: string, createdById: string): Promise<string | null> {
  return getDb().$transaction(async (tx) => {
    const pending = await tx.$queryRaw<{ id: string; created_at: Date }[]>`
      SELECT id, created_at FROM unsubscribe_requests WHERE service_id = ${serviceId}::uuid AND report_id IS NULL FOR UPDATE`;
    if (pending.length === 0) return null;
    const times = pending.map((p) => p.created_at.getTime());
    const report = await tx.unsubscribeRequestReport.create({
      data: { serviceId, createdById, count: pending.length, earliestAt: new Date(Math.min(...times)), latestAt: new Date(Math.max(...times)) },
      select: { id: true },
    });
    await tx.unsubscribeRequest.updateMany({ where: { id: { in: pending.map((p) => p.id) } }, data: { reportId: report.id } });
    return report.id;
  });
}

export async function setUnsubscribeReportProcessed(serviceId: string, reportId: string, userId: string, isProcessed: boolean): Promise<boolean> {
  const { count } = await getDb().unsubscribeRequestReport.updateMany({
    where: { id: reportId, serviceId },
    data: isProcessed ? { processedAt: new Date(), processedById: userId } : { processedAt: null, processedById: null },
  });
  return count === 1;
}

export type UnsubscribeReportLine = { emailAddress: string; templateName: string; originalFileName: string | null; sentAt: Date; requestedAt: Date };

/** The report's requests with their template version's name and spreadsheet, oldest first. */
export async function listUnsubscribeReportLines(serviceId: string, reportId: string): Promise<UnsubscribeReportLine[]> {
  return getDb().$queryRaw<UnsubscribeReportLine[]>`
    SELECT r.email_address AS "emailAddress", coalesce(h.name, t.name, '') AS "templateName", j.original_file_name AS "originalFileName",
           r.notification_created_at AS "sentAt", r.created_at AS "requestedAt"
      FROM unsubscribe_requests r
      LEFT JOIN templates_history h ON h.id = r.template_id AND h.version = r.template_version
      LEFT JOIN templates t ON t.id = r.template_id
      LEFT JOIN jobs j ON j.id = r.job_id
     WHERE r.service_id = ${serviceId}::uuid AND r.report_id = ${reportId}::uuid
     ORDER BY r.created_at, r.id`;
}

/** Retention: deletes requests created before `cutoff`, then reports left with none. Returns how many requests went. */
export async function deleteUnsubscribeRequestsBefore(cutoff: Date): Promise<number> {
  const db = getDb();
  const { count } = await db.unsubscribeRequest.deleteMany({ where: { createdAt: { lt: cutoff } } });
  await db.unsubscribeRequestReport.deleteMany({ where: { requests: { none: {} } } });
  return count;
}
