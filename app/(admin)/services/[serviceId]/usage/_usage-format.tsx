// Shared by the service and platform-admin usage pages: how numbers, money and the period read.
import { DISPLAY_TIME_ZONE } from "@/lib/domain/notifications/schedule";

export const count = (n: number) => n.toLocaleString("en-US");
export const dollars = (n: number) => n.toLocaleString("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const day = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

export function UsagePeriod({ first, lastDay, pricePerPart }: { first: string; lastDay: string; pricePerPart: number }) {
  return (
    <p>
      This financial year: {day(first)} to {day(lastDay)}. Days before today are counted overnight; today’s messages are counted as they are sent (days end at midnight{" "}
      {DISPLAY_TIME_ZONE === "America/New_York" ? "Eastern Time" : DISPLAY_TIME_ZONE}). Text messages longer than one part count once per part; each part beyond the free allowance is estimated at{" "}
      {pricePerPart.toLocaleString("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 6 })}. Test-key messages are not counted.
    </p>
  );
}
