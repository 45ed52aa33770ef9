// The one place that decides whether someone may see or act on a service. A service the user
// doesn't belong to is "not found" (so its existence isn't revealed); a member without the needed
// permission is "forbidden". Platform admins may see every service.
import { findServiceForMember, listAllServices, listServicesForUser, type ServiceSummary } from "../../db/services";
import { hasUiPermission, type UiPermission, type UserPermission, USER_PERMISSIONS } from "../../domain/permissions";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { looksLikeId } from "../../domain/ids";

/** Shown when a member tries something their permissions don't allow (e.g. a forged form post). */
export const PERMISSION_DENIED = "You do not have permission to do this. Ask a team member who manages this service to change your permissions.";

export type ServiceAccess = { service: ServiceSummary; permissions: UserPermission[] };

export async function requireServiceAccess({ actor, serviceId, permission }: { actor: SessionUser; serviceId: string; permission?: UiPermission }): Promise<ServiceAccess> {
  const notFound = new AppError("NOT_FOUND", "service not found for this user");
  if (!looksLikeId(serviceId)) throw notFound;
  const found = await findServiceForMember(serviceId, actor.userId);
  if (!found || (!found.permissions && !actor.platformAdmin)) throw notFound;
  const { permissions: stored, ...service } = found;
  const permissions = (actor.platformAdmin ? [...USER_PERMISSIONS] : (stored ?? [])) as UserPermission[];
  if (permission && !hasUiPermission(permissions, permission)) throw new AppError("FORBIDDEN", `missing ${permission}`, { userMessage: PERMISSION_DENIED });
  return { service, permissions };
}

export async function listYourServices(actor: SessionUser): Promise<ServiceSummary[]> {
  return actor.platformAdmin ? listAllServices() : listServicesForUser(actor.userId);
}
