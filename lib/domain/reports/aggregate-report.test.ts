import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { AGGREGATE_COLUMNS, aggregateCsv, aggregateFileName, type AggregateRow } from "./aggregate-report";

const row = (over: Partial<AggregateRow> = {}): AggregateRow => ({ day: "2026-03-02", notificationType: "sms", templateName: "Reminder", jobId: null, status: "delivered", messages: 3, smsParts: 6, ...over });

describe("aggregateCsv", () => {
  it("has only count columns: no recipient, personalisation or content", () => {
    const [header] = aggregateCsv([]).split("\r\n");
    expect(header).toBe("Day,Type,Template,Job ID,Status,Messages,Text message parts");
    for (const column of AGGREGATE_COLUMNS) expect(column).not.toMatch(/recipient|phone|email|address|content|body|personal|reference/i);
  });

  it("writes a line per row with Notify's status wording, and parts for texts only", () => {
    const csv = aggregateCsv([row(), row({ notificationType: "email", status: "permanent-failure", jobId: "6f1c0e7a-0000-4000-8000-000000000001", messages: 1, smsParts: 0 })]);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([
      { Day: "2026-03-02", Type: "text message", Template: "Reminder", "Job ID": "", Status: "Delivered", Messages: "3", "Text message parts": "6" },
      { Day: "2026-03-02", Type: "email", Template: "Reminder", "Job ID": "6f1c0e7a-0000-4000-8000-000000000001", Status: "Email address does not exist", Messages: "1", "Text message parts": "" },
    ]);
  });

  it("neutralises cells a spreadsheet would run as formulas, and quotes commas and quotes", () => {
    const csv = aggregateCsv([row({ templateName: '=HYPERLINK("http://x")', jobId: "@SUM(1),+2" }), row({ templateName: "-1+1" })]);
    const lines = csv.trim().split("\r\n");
    expect(lines[1]).toBe(`2026-03-02,text message,"'=HYPERLINK(""http://x"")","'@SUM(1),+2",Delivered,3,6`);
    expect(lines[2]).toContain(",'-1+1,");
  });
});

describe("aggregateFileName", () => {
  it("names the report and day only", () => {
    expect(aggregateFileName("job", "2026-03-02")).toBe("job-counts-2026-03-02.csv");
  });
});
