// Platform admins' view of every service: volumes, go-live approval or rejection, daily limits,
// suspending and resuming. Every function checks the actor is a platform admin and audits changes.
import { insertAuditEvent } from "../../db/audit";
import { clearGoLiveRequest, findServiceForAdmin, listServicesWithVolumes, markServiceLive, setServiceActive, type ServiceForAdmin, type ServiceOverview } from "../../db/platform-admin";
import { updateDailyLimits } from "../../db/settings";
import { LIVE_DAILY_LIMITS } from "../../domain/senders";
import { AppError } from "../../errors";
import type { DailyLimitsInput, RejectGoLiveInput } from "../../schemas/settings";
import type { SessionUser } from "../auth/sessions";
import { requirePlatformAdmin } from "./require-platform-admin";
import { looksLikeId } from "../../domain/ids";

type Scope = { actor: SessionUser; serviceId: string };

export const VOLUME_DAYS = 7;

/** Every service with trial/live, go-live request and messages in the last 7 days by channel. */
export async function listServicesForPlatformAdmin({ actor, now = new Date() }: { actor: SessionUser; now?: Date }): Promise<ServiceOverview[]> {
  requirePlatformAdmin(actor);
  return listServicesWithVolumes(new Date(now.getTime() - VOLUME_DAYS * 24 * 60 * 60 * 1000));
}

export async function getServiceForPlatformAdmin({ actor, serviceId }: Scope): Promise<ServiceForAdmin> {
  requirePlatformAdmin(actor);
  const service = looksLikeId(serviceId) ? await findServiceForAdmin(serviceId) : null;
  if (!service) throw new AppError("NOT_FOUND", "service not found");
  return service;
}

/** Makes the service live with the live daily limits, clearing any request. */
export async function approveGoLive({ actor, serviceId }: Scope): Promise<void> {
  await getServiceForPlatformAdmin({ actor, serviceId });
  if (!(await markServiceLive(serviceId, { userId: actor.userId, at: new Date(), ...LIVE_DAILY_LIMITS }))) {
    throw new AppError("BAD_REQUEST", "already live", { userMessage: "This service is already live" });
  }
  await insertAuditEvent({ eventType: "go-live-approved", userId: actor.userId, serviceId, data: { ...LIVE_DAILY_LIMITS } });
}

/** Clears the waiting request; the optional reason goes in the audit trail. */
export async function rejectGoLive({ actor, serviceId, input }: Scope & { input: RejectGoLiveInput }): Promise<void> {
  await getServiceForPlatformAdmin({ actor, serviceId });
  if (!(await clearGoLiveRequest(serviceId))) throw new AppError("BAD_REQUEST", "no request", { userMessage: "This service has not asked to go live" });
  await insertAuditEvent({ eventType: "go-live-rejected", userId: actor.userId, serviceId, data: input.reason ? { reason: input.reason } : {} });
}

export async function changeDailyLimits({ actor, serviceId, input }: Scope & { input: DailyLimitsInput }): Promise<void> {
  await getServiceForPlatformAdmin({ actor, serviceId });
  await updateDailyLimits(serviceId, input);
  await insertAuditEvent({ eventType: "service-limits-changed", userId: actor.userId, serviceId, data: { ...input } });
}

/** Suspends (nothing can be sent) or resumes a service; `reason` (such as the reputation page's) goes in the audit trail. */
export async function setServiceSuspended({ actor, serviceId, isSuspended, reason }: Scope & { isSuspended: boolean; reason?: string }): Promise<void> {
  await getServiceForPlatformAdmin({ actor, serviceId });
  if (!(await setServiceActive(serviceId, !isSuspended, new Date()))) {
    throw new AppError("BAD_REQUEST", "no change", { userMessage: isSuspended ? "This service is already suspended" : "This service is not suspended" });
  }
  await insertAuditEvent({ eventType: isSuspended ? "service-suspended" : "service-resumed", userId: actor.userId, serviceId, ...(reason ? { data: { reason } } : {}) });
}
