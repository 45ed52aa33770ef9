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
