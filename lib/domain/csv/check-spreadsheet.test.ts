import { describe, expect, it } from "vitest";
import { checkSpreadsheet, type CheckOptions, type SpreadsheetCheck } from "./check-spreadsheet";
import { decodeSpreadsheetBytes } from "./decode";
import { isFormulaLike, neutraliseFormula } from "./formula";

const SMS = { type: "sms" as const, content: "Hi ((name)), your code is ((code))" };
const EMAIL = { type: "email" as const, subject: "About ((topic))", content: "Dear ((name))" };

function check(csv: string | Uint8Array, options: Partial<CheckOptions> = {}): SpreadsheetCheck {
  const bytes = typeof csv === "string" ? new TextEncoder().encode(csv) : csv;
  return checkSpreadsheet(bytes, { fileName: "people.csv", template: SMS, ...options });
}

function valid(result: SpreadsheetCheck) {
  if (!result.ok) throw new Error(`expected a checked file, got ${result.fileError.heading}`);
  return result;
}

function fileError(result: SpreadsheetCheck) {
  if (result.ok) throw new Error("expected a file error");
  return result.fileError;
}

describe("checkSpreadsheet: a good file", () => {
  it("returns every row normalised with spreadsheet row numbers", () => {
    const result = valid(check("Phone_Number,NAME,Code\n(202) 555-0123,Ada,123\n+1 202 555 0124,Bob,456\n"));
    expect(result.isValid).toBe(true);
    expect(result.rowCount).toBe(2);
    expect(result.rows.map((r) => [r.rowNumber, r.index, r.normalisedRecipient, r.personalisation])).toEqual([
      [2, 0, "+12025550123", { name: "Ada", code: "123" }],
      [3, 1, "+12025550124", { name: "Bob", code: "456" }],
    ]);
    expect(result.smsParts).toBe(2);
    expect(result.errorSummary).toEqual([]);
  });

  it("reads quoted fields with commas and new lines, TSV files, a BOM and Windows-1252", () => {
    expect(valid(check('phone number,name,code\n2025550123,"Smith, Ada\nJr",1\n')).rows[0]?.personalisation.name).toBe("Smith, Ada\nJr");
    expect(valid(check("phone number\tname\tcode\n2025550123\tAda\t1\n", { fileName: "people.tsv" })).rows[0]?.personalisation.name).toBe("Ada");
    expect(valid(check("\uFEFFphone number,name,code\n2025550123,Ada,1\n")).rows).toHaveLength(1);
    const cp1252 = new Uint8Array([...new TextEncoder().encode("phone number,name,code\n2025550123,Jos"), 0xe9, ...new TextEncoder().encode(",1\n")]);
    expect(valid(check(cp1252)).rows[0]?.personalisation.name).toBe("José");
    expect(valid(check("phone number;name;code\n2025550123;Ada;1\n", { fileName: "people.txt" })).rows).toHaveLength(1);
  });

  it("skips blank rows but keeps the spreadsheet's row numbers", () => {
    const result = valid(check("phone number,name,code\n2025550123,Ada,1\n,,\n\n2025550124,Bob,2\n"));
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it("merges repeated placeholder columns into a list and ignores extra columns", () => {
    const result = valid(check("phone number,name,code,code,notes\n2025550123,Ada,1,2,ignore me\n"));
    expect(result.rows[0]?.personalisation).toEqual({ name: "Ada", code: ["1", "2"] });
  });

  it("fills ((phone number)) from the recipient column", () => {
    const result = valid(check("phone number\n2025550123\n", { template: { type: "sms", content: "Sent to ((phone number))" } }));
    expect(result.isValid).toBe(true);
  });

  it("checks email files with subject placeholders", () => {
    const result = valid(check("Email Address,name,topic\nAda@Example.GOV,Ada,permits\n", { template: EMAIL }));
    expect(result.rows[0]).toMatchObject({ normalisedRecipient: "ada@example.gov", personalisation: { name: "Ada", topic: "permits" } });
  });
});

describe("checkSpreadsheet: row errors", () => {
  it("reports each bad cell with the spreadsheet row number and sums them up as Notify does", () => {
    const csv = ["phone number,name,code", "2025550123,Ada,1", "555123123,Bob,2", ",Cy,3", "2025550125,,4", "12,,"].join("\n");
    const result = valid(check(csv));
    expect(result.isValid).toBe(false);
    expect(result.rowsWithErrors).toBe(4);
    expect(result.shownErrorRows.map((r) => [r.rowNumber, r.errors.map((e) => `${e.column}: ${e.message}`)])).toEqual([
      [3, ["phone number: Not enough digits"]],
      [4, ["phone number: Missing"]],
      [5, ["name: Missing"]],
      [6, ["phone number: Not enough digits", "name: Missing", "code: Missing"]],
    ]);
    expect(result.errorSummary).toEqual(["fix 2 phone numbers", "enter missing data in 3 rows"]);
  });

  it("flags messages that are too long or empty after filling the row", () => {
    const template = { type: "sms" as const, content: "((message))" };
    const result = valid(check(`phone number,message\n2025550123,${"a".repeat(919)}\n2025550124,${"b".repeat(918)}\n`, { template }));
    expect(result.shownErrorRows[0]?.errors).toEqual([
      { kind: "too-long", message: "Your message is too long. Text messages cannot be longer than 918 characters. Your message is 919 characters long." },
    ]);
    expect(result.errorSummary).toEqual(["shorten the message in 1 row"]);
    const empty = valid(check("phone number,show\n2025550123,no\n", { template: { type: "sms", content: "((show??Hello))" } }));
    expect(empty.errorSummary).toEqual(["check you have content for the empty message in 1 row"]);
  });

  it("rejects international numbers unless the service allows them", () => {
    const csv = "phone number,name,code\n+447123456789,Ada,1\n";
    expect(valid(check(csv)).shownErrorRows[0]?.errors[0]?.message).toBe("Cannot send to international mobile numbers");
    expect(valid(check(csv, { allowInternationalSms: true })).rows[0]).toMatchObject({ isInternational: true, normalisedRecipient: "+447123456789" });
  });

  it("shows only the first N error rows but counts them all", () => {
    const rows = Array.from({ length: 30 }, () => "123,Ada,1");
    const result = valid(check(`phone number,name,code\n${rows.join("\n")}`, { maxErrorsShown: 5 }));
    expect(result.shownErrorRows).toHaveLength(5);
    expect(result.rowsWithErrors).toBe(30);
  });

  it("flags formula-like cells for safe export but keeps them as data", () => {
    const result = valid(check("phone number,name,code\n+12025550123,=HYPERLINK(\"x\"),@SUM(1)\n"));
    expect(result.rows[0]?.personalisation).toEqual({ name: '=HYPERLINK("x")', code: "@SUM(1)" });
    expect(result.formulaCells).toEqual([
      { rowNumber: 2, column: "name" },
      { rowNumber: 2, column: "code" },
    ]);
  });
});

describe("checkSpreadsheet: file errors", () => {
  it.each([
    ["empty file", "", "Your file is missing some rows", "It needs at least one row of data and a column called ‘phone number’."],
    ["header only", "phone number,name,code\n", "Your file is missing some rows", "It needs at least one row of data."],
    ["no recipient column", "mobile,name,code\n1,2,3\n", "There’s a problem with your column names", "Your file needs a column called ‘phone number’. Right now it has columns called ‘mobile’, ‘name’ and ‘code’."],
    [
      "two recipient columns",
      "phone number,Phone_Number,name,code\n1,2,3,4\n",
      "There’s a problem with your column names",
      "We found more than one column called phone number. Delete or rename one of these columns and try again.",
    ],
    ["missing placeholder column", "phone number,name\n2025550123,Ada\n", "Your column names need to match the double brackets in your template", "Your file is missing a column called ‘code’."],
  ])("%s", (_label, csv, heading, body) => {
    expect(fileError(check(csv))).toMatchObject({ heading, body });
  });

  it("refuses more rows than the limit, saying how many there are", () => {
    const csv = `phone number,name,code\n${Array.from({ length: 11 }, () => "2025550123,a,b").join("\n")}`;
    expect(fileError(check(csv, { maxRows: 10 }))).toMatchObject({
      code: "too-many-rows",
      heading: "Your file has too many rows",
      body: "Notify can process up to 10 rows at once. Your file has 11 rows.",
    });
  });

  it("refuses 100,001 rows by default", () => {
    const csv = `phone number,name,code\n${"2025550123,a,b\n".repeat(100_001)}`;
    expect(fileError(check(csv)).body).toBe("Notify can process up to 100,000 rows at once. Your file has 100,001 rows.");
  });

  it("refuses binary files, undecodable text, files over 10 MB and other file types", () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x08, 0]);
    expect(fileError(check(binary))).toMatchObject({ code: "unreadable", heading: "Could not read people.csv" });
    expect(fileError(check(new Uint8Array([0x70, 0x68, 0x6f, 0x6e, 0x65, 0x0a, 0xc3, 0x28, 0x81])))).toMatchObject({ code: "unreadable" });
    const huge = `phone number,name,code\n2025550123,${"x".repeat(10_000_001)},1\n`;
    expect(fileError(check(huge))).toMatchObject({ code: "too-big", heading: "The file is too big" });
    expect(fileError(check("a,b\n", { fileName: "people.xlsx" }))).toMatchObject({ heading: "people.xlsx is not a spreadsheet that Notify can read" });
  });

  it("accepts a large single cell under the size limit", () => {
    const result = valid(check(`phone number,name,code\n2025550123,${"x".repeat(2_000_000)},1\n`));
    expect(result.rowsWithErrors).toBe(1);
    expect(result.shownErrorRows[0]?.errors[0]).toMatchObject({ kind: "too-long" });
  });

  it("in trial mode refuses recipients outside the team and guest list, but allows simulated ones", () => {
    const options = { trialModeRecipients: ["+12025550123"] };
    expect(valid(check("phone number,name,code\n202-555-0123,Ada,1\n+12025550100,Sim,2\n", options)).isValid).toBe(true);
    expect(fileError(check("phone number,name,code\n2025550123,Ada,1\n2025550177,Bob,2\n", options))).toMatchObject({
      code: "trial-mode",
      heading: "You cannot send to this phone number",
      body: "In trial mode you can only send to yourself and members of your team",
    });
    expect(fileError(check("email address,name,topic\na@b.gov,A,t\nc@d.gov,C,t\n", { template: EMAIL, trialModeRecipients: [] })).heading).toBe(
      "You cannot send to these email addresses",
    );
  });
});

describe("decodeSpreadsheetBytes", () => {
  it("prefers UTF-8 and falls back to Windows-1252", () => {
    expect(decodeSpreadsheetBytes(new TextEncoder().encode("café"))).toEqual({ ok: true, text: "café", encoding: "utf-8" });
    expect(decodeSpreadsheetBytes(new Uint8Array([0x93, 0x68, 0x69, 0x94]))).toEqual({ ok: true, text: "“hi”", encoding: "windows-1252" });
  });
});

describe("formula cells", () => {
  it("neutralises values that a spreadsheet would run", () => {
    for (const value of ["=1+1", "+1", "-1", "@x", "\tx", "\rx"]) {
      expect(isFormulaLike(value)).toBe(true);
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    }
    expect(neutraliseFormula("Ada")).toBe("Ada");
  });
});
