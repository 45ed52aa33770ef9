// A platform admin can put one template's messages in another delivery lane than its category
// gives (say, a newsletter that is really an alert), or back in its category's. Anyone else gets
// "not found", as for every platform-admin page. Each change is audited.
import { insertAuditEvent } from "../../db/audit";
import { listTemplatesWithLaneOverride, updateTemplateLane } from "../../db/templates";
import { laneForSend } from "../../domain/templates/categories";
import { AppError } from "../../errors";
import type { Lane } from "../../jobs/lanes";
import type { SessionUser } from "../auth/sessions";
import { getTemplate } from "../templates/templates";
import { requirePlatformAdmin } from "./require-platform-admin";
import { looksLikeId } from "../../domain/ids";

type Scope = { actor: SessionUser; serviceId: string; templateId: string };

/** A template (not deleted) of any service, with the lane its messages go from one at a time and whether that is an admin's choice. */
export async function getTemplateForLane({ actor, serviceId, templateId }: Scope) {
  requirePlatformAdmin(actor);
  const page = await getTemplate({ actor, serviceId, templateId });
  if (page.template.archived) throw new AppError("NOT_FOUND", "template archived");
  const { template } = page;
  return { service: page.service, template, lane: laneForSend(template, "single"), isOverridden: template.laneOverride !== null };
}

/** The service's templates that have their own lane, for the platform admin's service page. */
export async function listTemplateLaneOverrides({ actor, serviceId }: { actor: SessionUser; serviceId: string }) {
  requirePlatformAdmin(actor);
  return looksLikeId(serviceId) ? listTemplatesWithLaneOverride(serviceId) : [];
}

/** Sets the template's lane, or null for its category's. Not a new template version: what the messages say doesn't change. */
export async function setTemplateLane({ actor, serviceId, templateId, lane }: Scope & { lane: Lane | null }): Promise<void> {
  requirePlatformAdmin(actor);
  const changed = looksLikeId(serviceId) && looksLikeId(templateId) ? await updateTemplateLane(serviceId, templateId, lane) : undefined;
  if (!changed) throw new AppError("NOT_FOUND", "template not found");
  await insertAuditEvent({ eventType: "template-lane-changed", userId: actor.userId, serviceId, data: { templateId, from: changed.before, to: lane } });
}
