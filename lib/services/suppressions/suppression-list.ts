// A service's do-not-send list for its managers ("Manage settings, team and usage"): see and search
// it, download it, add a number or address, remove one with a reason. Every change is audited (in
// the same statement, lib/db/suppressions.ts), and everything is scoped to the caller's service.
// Keeping AWS's own lists in step (End User Messaging SMS opt-out lists, SESv2 account suppression)
// is not built yet (issue 21); entries from there would be recorded with source "provider".
import { insertAuditEvent } from "../../db/audit";
import { deleteSuppression, insertSuppressions, listSuppressions, type SuppressionRow } from "../../db/suppressions";
import { csvLine } from "../../domain/csv/write";
import { looksLikeId } from "../../domain/ids";
import { formatDisplayTime } from "../../domain/notifications/schedule";
import { validateRecipient } from "../../domain/recipients/recipient";
import { SUPPRESSION_REASON_LABELS } from "../../domain/recipients/suppression";
import { AppError } from "../../errors";
import { addSuppressionSchema, removeSuppressionSchema, SUPPRESSION_FORM_ERRORS } from "../../schemas/suppressions";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";

type Actor = { actor: SessionUser; serviceId: string };

export const SUPPRESSIONS_PAGE_SIZE = 50;

/** The list, newest first, one page at a time; `search` matches part of a number or address. */
export async function listServiceSuppressions({ actor, serviceId, search, page = 1 }: Actor & { search?: string; page?: number }): Promise<{ rows: SuppressionRow[]; total: number }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  return listSuppressions(serviceId, { search, skip: (Math.max(1, page) - 1) * SUPPRESSIONS_PAGE_SIZE, take: SUPPRESSIONS_PAGE_SIZE });
}

/** The whole list as CSV (every cell neutralised against formula injection), audited. */
export async function suppressionsCsv({ actor, serviceId }: Actor): Promise<{ fileName: string; csv: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const { rows } = await listSuppressions(serviceId);
  const lines = [csvLine(["Channel", "Recipient", "Sending number", "Reason", "Added", "Added by", "Note"])];
  for (const row of rows) {
    lines.push(csvLine([row.channel === "sms" ? "Text message" : "Email", row.recipient, row.sendingNumber || "All", SUPPRESSION_REASON_LABELS[row.reason], formatDisplayTime(row.createdAt), row.createdByName, row.note]));
  }
  await insertAuditEvent({ eventType: "suppression-list-downloaded", userId: actor.userId, serviceId, data: { rows: rows.length } });
  return { fileName: "do-not-send list.csv", csv: lines.join("") };
}

/** Adds a number or address someone asked not to be sent to (validated and normalised like any recipient). */
export async function addServiceSuppression({ actor, serviceId, input }: Actor & { input: unknown }): Promise<{ added: boolean }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const parsed = addSuppressionSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "recipient"), i.message]).reverse());
    throw new AppError("VALIDATION", "bad suppression", { fieldErrors });
  }
  const { channel, recipient, note } = parsed.data;
  const valid = validateRecipient(recipient, channel, { allowInternationalSms: true });
  if (!valid.ok) throw new AppError("VALIDATION", "bad recipient", { fieldErrors: { recipient: valid.error } });
  const ids = await insertSuppressions([{ serviceId, channel, recipient: valid.normalised, reason: "added-by-team", source: "team", createdById: actor.userId, note: note || null }]);
  return { added: ids.length > 0 };
}

/** Removes one entry with a reason from the fixed list; another service's entry (or none) is "not found" and nothing changes. */
export async function removeServiceSuppression({ actor, serviceId, input }: Actor & { input: unknown }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const parsed = removeSuppressionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "bad removal", { fieldErrors: { reason: SUPPRESSION_FORM_ERRORS.removalReason } });
  const notFound = new AppError("NOT_FOUND", "suppression not found", { userMessage: SUPPRESSION_FORM_ERRORS.notFound });
  if (!looksLikeId(parsed.data.id)) throw notFound;
  const removed = await deleteSuppression(serviceId, parsed.data.id, { userId: actor.userId, data: { removalReason: parsed.data.reason } });
  if (!removed) throw notFound;
}
