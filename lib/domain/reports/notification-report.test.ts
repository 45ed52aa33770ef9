import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { allowedReportDays, createReportLineWriter, formatReportTime, messageDeletionDate, REPORT_COLUMNS, reportExpiry, type ReportRow } from "./notification-report";

const row = (createdAt: Date, extra: Partial<ReportRow> = {}): ReportRow => ({
  to: "+12025550123",
  clientReference: null,
  templateName: "Reminder",
  notificationType: "sms",
  status: "delivered",
  createdAt,
  userName: null,
  userEmail: null,
  jobName: null,
  jobRowNumber: null,
  apiKeyName: null,
  ...extra,
});

describe("report periods", () => {
  it("offers 1, 3, 5 and 7 days, never longer than the retention", () => {
    expect(allowedReportDays(90)).toEqual([1, 3, 5, 7]);
    expect(allowedReportDays(7)).toEqual([1, 3, 5, 7]);
    expect(allowedReportDays(6)).toEqual([1, 3, 5]);
    expect(allowedReportDays(3)).toEqual([1, 3]);
  });
  it("says a message goes in the purge run (07:00 UTC) after its UTC day plus the retention", () => {
    expect(messageDeletionDate(new Date("2026-03-10T00:00:01Z"), 7).toISOString()).toBe("2026-03-18T07:00:00.000Z");
    expect(messageDeletionDate(new Date("2026-03-10T23:59:59Z"), 3).toISOString()).toBe("2026-03-14T07:00:00.000Z");
  });
  it("expires a report after the retention", () => {
    expect(reportExpiry(new Date("2026-01-01T10:00:00Z"), 7).toISOString()).toBe("2026-01-08T10:00:00.000Z");
  });
});

describe("report lines", () => {
  it("writes times as YYYY-MM-DD hh:mm:ss AM Zone in Eastern Time, across daylight saving", () => {
    expect(formatReportTime(new Date("2026-01-15T17:04:05Z"))).toBe("2026-01-15 12:04:05 PM EST");
    expect(formatReportTime(new Date("2026-07-15T03:59:59Z"))).toBe("2026-07-14 11:59:59 PM EDT");
  });

  it("gives the same times as the full formatter for every second it caches", () => {
    const writer = createReportLineWriter();
    const start = Date.parse("2026-03-08T06:30:00Z"); // spans the spring-forward change (07:00 UTC)
    for (let t = start; t < start + 2 * 3_600_000; t += 7_919) {
      const date = new Date(t);
      const cells = Papa.parse<string[]>(writer.line(row(date))).data[0]!;
      expect(cells[9]).toBe(formatReportTime(date));
    }
  });

  it("neutralises formulas and names who sent each message", () => {
    const writer = createReportLineWriter();
    expect(Papa.parse<string[]>(writer.header()).data[0]).toEqual([...REPORT_COLUMNS]);
    const cells = Papa.parse<string[]>(writer.line(row(new Date(), { clientReference: "=cmd()", jobName: "list.csv", jobRowNumber: 0, userName: "Ada", userEmail: "ada@agency.gov", status: "permanent-failure" }))).data[0]!;
    expect(cells).toEqual(["'+12025550123", "'=cmd()", "Reminder", "text message", "Ada", "ada@agency.gov", "list.csv", "2", "Phone number does not exist", cells[9], ""]);
  });
});
