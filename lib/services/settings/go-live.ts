// Asking for a trial service to go live. A member who can manage the service sees a checklist
// computed here (never trusted from the browser) and may submit once every item is done; a
// platform admin then approves or rejects it (lib/services/platform-admin/services.ts).
import { insertAuditEvent } from "../../db/audit";
import { countGoLiveFacts, findServiceSettings, recordGoLiveRequest, type GoLiveFacts } from "../../db/settings";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";

type Scope = { actor: SessionUser; serviceId: string };

export type GoLiveItem = { id: "templates" | "team" | "reply-to"; label: string; isDone: boolean; missing: string };

/** The checklist for the counts given (pure, so the rules are easy to test). */
export function goLiveChecklist(facts: GoLiveFacts): GoLiveItem[] {
  return [
    { id: "templates", label: "Add templates with examples of the messages you plan to send", isDone: facts.templateCount > 0, missing: "Add at least one template" },
    { id: "team", label: "Add another team member", isDone: facts.memberCount > 1, missing: "Add at least one other team member" },
    { id: "reply-to", label: "Add a reply-to email address", isDone: facts.replyToCount > 0, missing: "Add a reply-to email address" },
  ];
}

export type GoLiveStatus = { status: "trial" | "requested" | "live"; requestedAt: Date | null; checklist: GoLiveItem[]; canRequest: boolean };

export async function getGoLiveStatus({ actor, serviceId }: Scope): Promise<GoLiveStatus> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const [settings, facts] = await Promise.all([findServiceSettings(serviceId), countGoLiveFacts(serviceId)]);
  if (!settings) throw new AppError("NOT_FOUND", "service not found");
  const checklist = goLiveChecklist(facts);
  const status = !settings.restricted ? "live" : settings.goLiveRequestedAt ? "requested" : "trial";
  return { status, requestedAt: settings.goLiveRequestedAt, checklist, canRequest: status === "trial" && checklist.every((item) => item.isDone) };
}

/**
 * Records the request (who and when) and audits it. Throws AppError VALIDATION naming each
 * unfinished checklist item (keyed by item id), or BAD_REQUEST when the service is already live or
 * a request is already waiting.
 */
export async function requestToGoLive({ actor, serviceId }: Scope): Promise<void> {
  const { status, checklist } = await getGoLiveStatus({ actor, serviceId });
  if (status === "live") throw new AppError("BAD_REQUEST", "already live", { userMessage: "Your service is already live" });
  if (status === "requested") throw new AppError("BAD_REQUEST", "already requested", { userMessage: "Your request to go live is being reviewed" });
  const missing = checklist.filter((item) => !item.isDone);
  if (missing.length) {
    throw new AppError("VALIDATION", "go-live checklist incomplete", { fieldErrors: Object.fromEntries(missing.map((item) => [item.id, item.missing])) });
  }
  if (!(await recordGoLiveRequest(serviceId, actor.userId, new Date()))) {
    throw new AppError("BAD_REQUEST", "already requested", { userMessage: "Your request to go live is being reviewed" });
  }
  await insertAuditEvent({ eventType: "go-live-requested", userId: actor.userId, serviceId });
}
