// The downloadable reports of a spreadsheet job: one line per row with its recipient and status,
// or counts only (by day and status). A service set to "counts only" gets only the latter.
import { countJobMessages } from "../../db/aggregate-reports";
import { findJob, listJobNotifications } from "../../db/bulk";
import { csvLine } from "../../domain/csv/write";
import { DISPLAY_TIME_ZONE, formatDisplayTime } from "../../domain/notifications/schedule";
import { statusLabel } from "../../domain/notifications/status-labels";
import { aggregateCsv, aggregateFileName } from "../../domain/reports/aggregate-report";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requireRecipientReports } from "../reports/report-downloads";
import { requireServiceAccess } from "../service/service-access";
import { looksLikeId } from "../../domain/ids";

type JobScope = { actor: SessionUser; serviceId: string; jobId: string };

async function jobOf({ actor, serviceId, jobId }: JobScope) {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const job = looksLikeId(jobId) ? await findJob(serviceId, jobId) : null;
  if (!job) throw new AppError("NOT_FOUND", "job not found");
  return job;
}

/** Every row with its recipient. Throws FORBIDDEN (counts-only-reports) when the service allows counts only. */
export async function jobReportCsv(scope: JobScope): Promise<{ fileName: string; csv: string }> {
  const job = await jobOf(scope);
  await requireRecipientReports(scope.serviceId);
  const { rows } = await listJobNotifications(scope.serviceId, scope.jobId, { take: 100_000 });
  const lines = [csvLine(["Row", job.templateType === "sms" ? "Phone number" : "Email address", "Template", "Status", "Time (Eastern)"])];
  for (const row of rows) lines.push(csvLine([(row.jobRowNumber ?? 0) + 2, row.to, job.templateName, statusLabel(row.status, job.templateType, { providerResponse: row.providerResponse }), formatDisplayTime(row.updatedAt ?? row.createdAt)]));
  const base = job.originalFileName.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9 _-]+/g, "").trim() || "job";
  return { fileName: `${base} report.csv`, csv: lines.join("") };
}

/** The job's counts by day and status; no recipient, and a file name without the spreadsheet's name. */
export async function jobCountsCsv(scope: JobScope, now = new Date()): Promise<{ fileName: string; csv: string }> {
  await jobOf(scope);
  const counts = await countJobMessages(scope.serviceId, scope.jobId, DISPLAY_TIME_ZONE);
  return { fileName: aggregateFileName("job", now.toISOString().slice(0, 10)), csv: aggregateCsv(counts) };
}
