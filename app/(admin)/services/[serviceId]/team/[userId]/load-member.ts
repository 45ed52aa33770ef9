import { orNotFound } from "@/app/_lib/expected-errors";
import { requireServicePage } from "@/lib/auth/session";
import { APP_ERROR_CODES } from "@/lib/errors";
import { getTeamMember } from "@/lib/services/service/team-members";

/** The member being edited, or the 404 page (not a member, yourself, or no permission). */
export async function loadMember(serviceId: string, userId: string) {
  const { user } = await requireServicePage(serviceId, "manage_service");
  return orNotFound(getTeamMember({ actor: user, serviceId, userId }), APP_ERROR_CODES);
}
