import { notFound } from "next/navigation";
import { requireServicePage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getTeamMember } from "@/lib/services/services/team-members";

/** The member being edited, or the 404 page (not a member, yourself, or no permission). */
export async function loadMember(serviceId: string, userId: string) {
  const { user } = await requireServicePage(serviceId, "manage_service");
  return getTeamMember({ actor: user, serviceId, userId }).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
}
