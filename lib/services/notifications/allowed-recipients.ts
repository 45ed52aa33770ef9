// Who a trial-mode service (or a team API key) may send to: its team members' addresses and
// numbers and its guest list, normalised for comparison. One place for the one-off form, the API,
// the spreadsheet checks and the job fan-out.
import { listGuestList } from "../../db/guest-list";
import { listTeamContacts } from "../../db/services";
import { listTrialModeRecipients } from "../../domain/recipients/guest-list";

export async function listAllowedRecipients(serviceId: string): Promise<string[]> {
  const [team, guestList] = await Promise.all([listTeamContacts(serviceId), listGuestList(serviceId)]);
  return listTrialModeRecipients(team, guestList);
}

/**
 * Who may receive a message sent with this kind of key (portal sends count as a live key): anyone
 * (null) with a test key or from a live service's live key; otherwise only the team and guest list.
 */
export async function allowedRecipientsFor(service: { id: string; restricted: boolean }, keyType: "normal" | "team" | "test" = "normal"): Promise<ReadonlySet<string> | null> {
  if (keyType === "test" || (keyType === "normal" && !service.restricted)) return null;
  return new Set(await listAllowedRecipients(service.id));
}
