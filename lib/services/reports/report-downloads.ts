// Which reports a service's members may download. With "counts only" every recipient-level
// download (the message report, a job's report, unsubscribe requests) is refused for everyone,
// platform admins included; the aggregate form of each stays available. The API's own reads of
// notifications are not affected.
import { findReportDownloads } from "../../db/aggregate-reports";
import type { ReportDownloads } from "../../domain/reports/aggregate-report";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";

/** Shown on the refusal page and when a form asks for a report with recipients. */
export const COUNTS_ONLY_MESSAGE = "Your team can only download counts for this service, not reports with phone numbers or email addresses. A team member who manages the service can change this in Settings.";

/** The service's setting (an unknown service is NOT_FOUND). The caller has checked access. */
export async function reportDownloadsOf(serviceId: string): Promise<ReportDownloads> {
  const setting = await findReportDownloads(serviceId);
  if (!setting) throw new AppError("NOT_FOUND", "service not found");
  return setting;
}

/** Throws FORBIDDEN (reason "counts-only-reports") when the service allows counts only. */
export async function requireRecipientReports(serviceId: string): Promise<void> {
  if ((await reportDownloadsOf(serviceId)) === "counts_only") {
    throw new AppError("FORBIDDEN", "recipient-level reports are off for this service", { userMessage: COUNTS_ONLY_MESSAGE, reason: "counts-only-reports" });
  }
}

/** True for the refusal above (as opposed to a missing permission). */
export function isCountsOnlyRefusal(error: unknown): boolean {
  return error instanceof AppError && error.reason === "counts-only-reports";
}

/** For the pages that offer downloads: whether this service's members may download reports with recipients. */
export async function canDownloadRecipientReports({ actor, serviceId }: { actor: SessionUser; serviceId: string }): Promise<boolean> {
  await requireServiceAccess({ actor, serviceId });
  return (await reportDownloadsOf(serviceId)) === "with_recipients";
}
