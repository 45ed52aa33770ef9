// "Reports your team can download": with recipients, or counts only (no phone numbers or email
// addresses). Needs "Manage settings, team and usage"; each change is audited.
import { insertAuditEvent } from "../../db/audit";
import { updateReportDownloads } from "../../db/aggregate-reports";
import type { ReportDownloads } from "../../domain/reports/aggregate-report";
import type { ReportDownloadsInput } from "../../schemas/settings";
import type { SessionUser } from "../auth/sessions";
import { reportDownloadsOf } from "../reports/report-downloads";
import { requireServiceAccess } from "../service/service-access";

type Scope = { actor: SessionUser; serviceId: string };

/** The current setting, for its settings page. */
export async function getReportDownloadsSetting({ actor, serviceId }: Scope): Promise<ReportDownloads> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  return reportDownloadsOf(serviceId);
}

/** Changes the setting; the audit event records the old and new value (none when nothing changed). */
export async function changeReportDownloads({ actor, serviceId, input }: Scope & { input: ReportDownloadsInput }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const from = await reportDownloadsOf(serviceId);
  if (from === input.reportDownloads) return;
  await updateReportDownloads(serviceId, input.reportDownloads);
  await insertAuditEvent({ eventType: "service-report-downloads-changed", userId: actor.userId, serviceId, data: { from, to: input.reportDownloads } });
}
