// The downloadable report of a spreadsheet job: one line per row with its recipient and status.
import { findJob, listJobNotifications } from "../../db/bulk";
import { csvLine } from "../../domain/csv/write";
import { formatDisplayTime } from "../../domain/notifications/schedule";
import { statusLabel } from "../../domain/notifications/status-labels";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";
import { looksLikeId } from "../../domain/ids";

export async function jobReportCsv({ actor, serviceId, jobId }: { actor: SessionUser; serviceId: string; jobId: string }): Promise<{ fileName: string; csv: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const job = looksLikeId(jobId) ? await findJob(serviceId, jobId) : null;
  if (!job) throw new AppError("NOT_FOUND", "job not found");
  const { rows } = await listJobNotifications(serviceId, jobId, { take: 100_000 });
  const lines = [csvLine(["Row", job.templateType === "sms" ? "Phone number" : "Email address", "Template", "Status", "Time (Eastern)"])];
  for (const row of rows) lines.push(csvLine([(row.jobRowNumber ?? 0) + 2, row.to, job.templateName, statusLabel(row.status, job.templateType, { providerResponse: row.providerResponse }), formatDisplayTime(row.updatedAt ?? row.createdAt)]));
  const base = job.originalFileName.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9 _-]+/g, "").trim() || "job";
  return { fileName: `${base} report.csv`, csv: lines.join("") };
}
