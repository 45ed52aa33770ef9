// The guest list: up to 5 email addresses and 5 phone numbers outside the team that a trial
// service (or a team API key) may send to. Read and replaced as a whole, by members who can
// manage the API integration.
import { insertAuditEvent } from "../../db/audit";
import { listGuestList, replaceGuestList } from "../../db/guest-list";
import { validateGuestList, type GuestList, type GuestListInput } from "../../domain/recipients/guest-list";
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";

type Scope = { actor: SessionUser; serviceId: string };

export async function getGuestList({ actor, serviceId }: Scope): Promise<GuestList> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_api_keys" });
  return listGuestList(serviceId);
}

/**
 * Replaces the guest list with the given form slots (blank slots ignored, entries normalised). Bad
 * entries give AppError VALIDATION with a field error per slot, keyed `emailAddresses-<n>` /
 * `phoneNumbers-<n>` (the form's input ids).
 */
export async function updateGuestList({ actor, serviceId, input }: Scope & { input: GuestListInput }): Promise<GuestList> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_api_keys" });
  const result = validateGuestList(input);
  if (!result.ok) {
    const fieldErrors: Record<string, string> = {};
    for (const error of result.errors) fieldErrors[`${error.field}-${error.index ?? 0}`] ??= error.message;
    throw new AppError("VALIDATION", "bad guest list", { fieldErrors });
  }
  await replaceGuestList(serviceId, result.guestList);
  await insertAuditEvent({
    eventType: "guest-list-changed",
    userId: actor.userId,
    serviceId,
    data: { emailAddresses: result.guestList.emailAddresses.length, phoneNumbers: result.guestList.phoneNumbers.length },
  });
  return result.guestList;
}
