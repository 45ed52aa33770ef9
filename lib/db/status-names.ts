// Prisma enum member names can't contain hyphens or spaces, so the database values
// ("temporary-failure", "in progress") are mapped. These convert between Notify's wire names and
// Prisma's member names in one place.
import type { NotificationStatusName } from "../domain/notifications/status";
import type { NotificationStatus } from "./generated/client";

export function toDbStatus(status: NotificationStatusName): NotificationStatus {
  return status.replace(/-/g, "_") as NotificationStatus;
}

export function fromDbStatus(status: NotificationStatus): NotificationStatusName {
  return status.replace(/_/g, "-") as NotificationStatusName;
}
