import { describe, expect, it } from "vitest";
import { precheckSpreadsheet, uploadFileError, UPLOAD_FILE_ERRORS } from "./check-file";
import { checkSpreadsheet } from "./check-spreadsheet";

const template = { type: "sms" as const, content: "Hi ((name)), see you on ((day))" };

describe("the browser pre-check", () => {
  it("finds the same whole-file problems, in the same words, as the full check", () => {
    const files: [string, string][] = [
      ["missing.csv", "phone number,name\n+12025550123,Ada\n"],
      ["norecipient.csv", "name,day\nAda,Monday\n"],
      ["empty.csv", "phone number,name,day\n"],
      ["wrong.xlsx", "phone number,name,day\n+12025550123,Ada,Monday\n"],
    ];
    for (const [fileName, text] of files) {
      const pre = precheckSpreadsheet(new TextEncoder().encode(text), { fileName, template });
      const full = checkSpreadsheet(new TextEncoder().encode(text), { fileName, template });
      expect(pre.ok).toBe(false);
      expect(full.ok).toBe(false);
      if (!pre.ok && !full.ok) expect(pre.fileError).toEqual(full.fileError);
    }
  });

  it("counts rows and stops at the row limit", () => {
    const rows = ["phone number,name,day", "+12025550123,Ada,Monday", "", "12345,Bob,"].join("\n");
    expect(precheckSpreadsheet(rows, { fileName: "ok.csv", template })).toEqual({ ok: true, rowCount: 2 });
    const many = ["phone number,name,day", ...Array.from({ length: 6 }, () => "+12025550123,Ada,Monday")].join("\n");
    const result = precheckSpreadsheet(many, { fileName: "many.csv", template, maxRows: 5 });
    expect(!result.ok && result.fileError).toMatchObject({ code: "too-many-rows", rowCount: 6, body: "Notify can process up to 5 rows at once. Your file has 6 rows." });
  });

  it("checks the file type and size before reading", () => {
    expect(uploadFileError("people.CSV", 10)).toBeNull();
    expect(uploadFileError("photo.png", 10)).toBe(UPLOAD_FILE_ERRORS.notSpreadsheet("photo.png"));
    expect(uploadFileError("huge.csv", 10_000_001)).toBe("huge.csv is too big. Files must be smaller than 10MB.");
  });
});
