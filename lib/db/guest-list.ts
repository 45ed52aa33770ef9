// A service's guest list (Notify's service_whitelist): who a trial service may send to besides
// its team. Always read and written for one service.
import { getDb } from "./client";

export async function listGuestList(serviceId: string): Promise<{ emailAddresses: string[]; phoneNumbers: string[] }> {
  const rows = await getDb().serviceGuestList.findMany({ where: { serviceId }, orderBy: { createdAt: "asc" }, select: { recipientType: true, recipient: true } });
  return {
    emailAddresses: rows.filter((r) => r.recipientType === "email").map((r) => r.recipient),
    phoneNumbers: rows.filter((r) => r.recipientType === "mobile").map((r) => r.recipient),
  };
}

/** Replaces the whole guest list in one transaction (already validated and normalised). */
export async function replaceGuestList(serviceId: string, guestList: { emailAddresses: readonly string[]; phoneNumbers: readonly string[] }): Promise<void> {
  // One statement gives every row the same now(): space the timestamps so the list keeps its order.
  const start = Date.now();
  const rows = [
    ...guestList.emailAddresses.map((recipient) => ({ serviceId, recipientType: "email" as const, recipient })),
    ...guestList.phoneNumbers.map((recipient) => ({ serviceId, recipientType: "mobile" as const, recipient })),
  ].map((row, index) => ({ ...row, createdAt: new Date(start + index) }));
  const db = getDb();
  await db.$transaction([db.serviceGuestList.deleteMany({ where: { serviceId } }), db.serviceGuestList.createMany({ data: rows })]);
}
