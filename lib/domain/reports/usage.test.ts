import { describe, expect, it } from "vitest";
import { costMonths, financialYearBounds, financialYearMonths, financialYearOf, localDay, monthName, previousDay } from "./usage";

describe("financial year", () => {
  it("is the calendar year (GSA), named by its first year", () => {
    expect(financialYearOf("2026-01-01")).toBe(2026);
    expect(financialYearOf("2026-12-31")).toBe(2026);
    expect(financialYearMonths(2026)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(financialYearBounds(2026)).toEqual({ first: "2026-01-01", next: "2027-01-01" });
    expect(monthName("2026-03")).toBe("March 2026");
  });

  it("counts days in Eastern Time", () => {
    expect(localDay(new Date("2026-01-01T04:59:59Z"))).toBe("2025-12-31");
    expect(localDay(new Date("2026-01-01T05:00:00Z"))).toBe("2026-01-01");
    expect(previousDay("2026-03-01")).toBe("2026-02-28");
    expect(previousDay("2026-01-02", 2)).toBe("2025-12-31");
  });
});

describe("costMonths", () => {
  it("uses the free allowance up first, month by month, and prices the rest", () => {
    const months = [
      { month: "2026-01", emails: 5, texts: 3, smsParts: 6 },
      { month: "2026-02", emails: 0, texts: 4, smsParts: 8 },
      { month: "2026-03", emails: 0, texts: 1, smsParts: 1 },
    ];
    const result = costMonths(months, 10, 0.01);
    expect(result.months.map((m) => [m.freePartsUsed, m.chargeableParts])).toEqual([
      [6, 0],
      [4, 4],
      [0, 1],
    ]);
    expect(result.chargeableParts).toBe(5);
    expect(result.cost).toBeCloseTo(0.05, 10);
    expect(result.freeRemaining).toBe(0);
    expect(costMonths(months, 100, 0.01)).toMatchObject({ chargeableParts: 0, cost: 0, freeRemaining: 85 });
  });
});
