// The service's side of unsubscribe requests: the dashboard count, the list of reports, a report's
// page and CSV, and marking a report processed. As in GOV.UK Notify, everything here needs the
// "See dashboard" permission (view_activity); requests not in a report yet are the pending
// "report", turned into a real one when someone downloads it.
import {
  batchPendingUnsubscribeRequests,
  countUnsubscribeRequestsSince,
  findPendingUnsubscribeRequests,
  findUnsubscribeReport,
  listUnsubscribeReportLines,
  listUnsubscribeReports,
  setUnsubscribeReportProcessed,
  type PendingUnsubscribeRequests,
  type UnsubscribeReportRow,
} from "../../db/unsubscribe-requests";
import { insertAuditEvent } from "../../db/audit";
import { csvLine } from "../../domain/csv/write";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";
import { requireRecipientReports } from "../reports/report-downloads";

/** How long requests are kept (the nightly retention purge deletes older ones). */
export const UNSUBSCRIBE_REQUEST_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

type Actor = { actor: SessionUser; serviceId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A report id from a URL: anything but a UUID is simply not found. */
function requireReportId(reportId: string): void {
  if (!UUID.test(reportId)) throw new AppError("NOT_FOUND", "unsubscribe report not found");
}

/** The dashboard's "N unsubscribe requests this week" (the last 7 days). */
export async function countRecentUnsubscribeRequests({ actor, serviceId, now = new Date() }: Actor & { now?: Date }): Promise<number> {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  return countUnsubscribeRequestsSince(serviceId, new Date(now.getTime() - 7 * DAY_MS));
}

export type UnsubscribeReportsSummary = { pending: PendingUnsubscribeRequests | null; reports: UnsubscribeReportRow[] };

export async function listUnsubscribeRequestReports({ actor, serviceId }: Actor): Promise<UnsubscribeReportsSummary> {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const [pending, reports] = await Promise.all([findPendingUnsubscribeRequests(serviceId), listUnsubscribeReports(serviceId)]);
  return { pending, reports };
}

/** @throws AppError NOT_FOUND for a report that is not this service's (or was deleted after 90 days). */
export async function getUnsubscribeRequestReport({ actor, serviceId, reportId }: Actor & { reportId: string }): Promise<UnsubscribeReportRow & { deletedAt: Date }> {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  requireReportId(reportId);
  const report = await findUnsubscribeReport(serviceId, reportId);
  if (!report) throw new AppError("NOT_FOUND", "unsubscribe report not found");
  return { ...report, deletedAt: new Date(report.earliestAt.getTime() + UNSUBSCRIBE_REQUEST_RETENTION_DAYS * DAY_MS) };
}

/** Batches the pending requests into a report (to download). Returns its id, or null when none were pending. */
export async function createUnsubscribeRequestReport({ actor, serviceId }: Actor): Promise<string | null> {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const reportId = await batchPendingUnsubscribeRequests(serviceId, actor.userId);
  if (reportId) await insertAuditEvent({ eventType: "unsubscribe-report-created", userId: actor.userId, serviceId, data: { reportId } });
  return reportId;
}

const CSV_HEADER = ["Email address", "Template name", "Spreadsheet file name", "Email sent at (UTC)", "Unsubscribe requested at (UTC)"];
const isoMinute = (date: Date) => date.toISOString().replace("T", " ").slice(0, 16);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The report as CSV (every cell neutralised against formula injection), with a file name for the download. */
export async function downloadUnsubscribeRequestReport({ actor, serviceId, reportId }: Actor & { reportId: string }): Promise<{ fileName: string; csv: string }> {
  const report = await getUnsubscribeRequestReport({ actor, serviceId, reportId });
  // The report lists email addresses: refused (FORBIDDEN, counts-only-reports) while the service allows counts only.
  await requireRecipientReports(serviceId);
  const lines = await listUnsubscribeReportLines(serviceId, reportId);
  const csv = csvLine(CSV_HEADER) + lines.map((l) => csvLine([l.emailAddress, l.templateName, l.originalFileName, isoMinute(l.sentAt), isoMinute(l.requestedAt)])).join("");
  await insertAuditEvent({ eventType: "unsubscribe-report-downloaded", userId: actor.userId, serviceId, data: { reportId, count: lines.length } });
  return { fileName: `unsubscribe-requests-${isoDay(report.earliestAt)}-to-${isoDay(report.latestAt)}.csv`, csv };
}

/** Marks a report processed (the addresses are off the service's list), or not processed again; recorded on the audit trail. */
export async function markUnsubscribeRequestReport({ actor, serviceId, reportId, isProcessed }: Actor & { reportId: string; isProcessed: boolean }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  requireReportId(reportId);
  if (!(await setUnsubscribeReportProcessed(serviceId, reportId, actor.userId, isProcessed))) throw new AppError("NOT_FOUND", "unsubscribe report not found");
  await insertAuditEvent({ eventType: isProcessed ? "unsubscribe-report-processed" : "unsubscribe-report-unprocessed", userId: actor.userId, serviceId, data: { reportId } });
}
