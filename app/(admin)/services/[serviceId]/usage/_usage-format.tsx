// Shared by the service and platform-admin usage pages: how numbers, money and the period read.
import type { TableColumn } from "@/components/uswds/table";
import { DISPLAY_TIME_ZONE } from "@/lib/domain/notifications/schedule";
import { monthName, type MonthUsage } from "@/lib/domain/reports/usage";

export const count = (n: number) => n.toLocaleString("en-US");
export const dollars = (n: number) => n.toLocaleString("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The columns every month-by-month usage table starts with. */
export function monthColumns<Row extends MonthUsage>(): TableColumn<Row>[] {
  return [
    { header: "Month", isRowHeader: true, cell: (m) => monthName(m.month) },
    { header: "Emails", cell: (m) => count(m.emails) },
    { header: "Text messages", cell: (m) => count(m.texts) },
    { header: "Text message parts", cell: (m) => count(m.smsParts) },
  ];
}

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
