// Usage rules: the financial year, the free SMS allowance and the estimated cost. GSA's Notify.gov
// counts its year from January 1 (get_current_calendar_year_start_year) and gives each service
// 250,000 free text message parts a year unless annual_billing says otherwise. Days and months are
// counted in the service's time zone (Eastern), as everything else on the portal is shown.
import { DISPLAY_TIME_ZONE } from "../notifications/schedule";

/** Free SMS parts per service per financial year when annual_billing has no row (GSA's FREE_SMS_TIER_FRAGMENT_COUNT). */
export const DEFAULT_FREE_SMS_FRAGMENT_LIMIT = 250_000;

/** Month the financial year starts in (1 = January: GSA bills by calendar year). */
export const FINANCIAL_YEAR_START_MONTH = 1;

const localDate = new Intl.DateTimeFormat("en-CA", { timeZone: DISPLAY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day (YYYY-MM-DD) of an instant in the service's time zone. */
export function localDay(date: Date): string {
  return localDate.format(date);
}

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string, count = 1): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - count);
  return d.toISOString().slice(0, 10);
}

/** The financial year (named by the calendar year it starts in) that a day falls in. */
export function financialYearOf(day: string): number {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return month >= FINANCIAL_YEAR_START_MONTH ? year : year - 1;
}

/** The year's months as YYYY-MM, in order. */
export function financialYearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = FINANCIAL_YEAR_START_MONTH - 1 + i;
    return `${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
  });
}

/** The first day of the financial year and the first day of the next one (YYYY-MM-DD). */
export function financialYearBounds(year: number): { first: string; next: string } {
  const months = financialYearMonths(year);
  const after = financialYearMonths(year + 1)[0]!;
  return { first: `${months[0]}-01`, next: `${after}-01` };
}

export type MonthUsage = { month: string; emails: number; texts: number; smsParts: number };
export type MonthCost = MonthUsage & { freePartsUsed: number; chargeableParts: number; cost: number };

/**
 * Spreads the free allowance over the months in order (it is used up first) and prices the parts
 * beyond it. Costs are rounded to cents only for display; totals add the unrounded figures.
 */
export function costMonths(months: readonly MonthUsage[], freeAllowance: number, pricePerPart: number): { months: MonthCost[]; chargeableParts: number; cost: number; freeRemaining: number } {
  let remaining = freeAllowance;
  let chargeableParts = 0;
  const out = months.map((m) => {
    const free = Math.min(remaining, m.smsParts);
    remaining -= free;
    const chargeable = m.smsParts - free;
    chargeableParts += chargeable;
    return { ...m, freePartsUsed: free, chargeableParts: chargeable, cost: chargeable * pricePerPart };
  });
  return { months: out, chargeableParts, cost: chargeableParts * pricePerPart, freeRemaining: remaining };
}

/** "January 2026" for "2026-01". */
export function monthName(month: string): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
}
