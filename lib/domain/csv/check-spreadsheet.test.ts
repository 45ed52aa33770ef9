import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSpreadsheet, type CheckSpreadsheetOptions, type SpreadsheetCheck } from "./check-spreadsheet";

const SMS = { type: "sms" as const, content: "Hi ((name)), your code is ((code))" };
const EMAIL = { type: "email" as const, subject: "About ((topic))", content: "Dear ((name))" };
const utf8 = (text: string) => new TextEncoder().encode(text);

function check(csv: string | Uint8Array, options: Partial<CheckSpreadsheetOptions> = {}): SpreadsheetCheck {
  return checkSpreadsheet(typeof csv === "string" ? utf8(csv) : csv, { fileName: "people.csv", template: SMS, ...options });
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
  it("returns every row normalised, with spreadsheet row numbers and job row indexes", () => {
    const result = valid(check("Phone_Number,NAME,Code\n(202) 555-0123,Ada,123\n+1 202 555 0124,Bob,456\n"));
    expect(result).toMatchObject({ isValid: true, rowCount: 2, recipientColumn: "Phone_Number", columns: ["Phone_Number", "NAME", "Code"], encoding: "utf-8" });
    expect(result.rows.map((r) => [r.rowNumber, r.index, r.normalisedRecipient, r.personalisation, r.smsParts])).toEqual([
      [2, 0, "+12025550123", { name: "Ada", code: "123" }, 1],
      [3, 1, "+12025550124", { name: "Bob", code: "456" }, 1],
    ]);
    expect(result).toMatchObject({ smsParts: 2, errorSummary: [], rowsWithErrors: 0, totalErrorCount: 0, shownErrorRows: [] });
  });

  it.each(["phone number", "Phone Number", "PHONE_NUMBER", "phone-number", "phonenumber", " Phone  Number "])("finds the recipient column written %j", (heading) => {
    expect(valid(check(`${heading},name,code\n2025550123,Ada,1\n`)).isValid).toBe(true);
  });

  it("matches placeholder columns ignoring case, spaces, underscores and hyphens", () => {
    const template = { type: "sms" as const, content: "((First Name)) ((ref_no))" };
    const result = valid(check("phone number,FIRST-NAME,Ref No\n2025550123,Ada,7\n", { template }));
    expect(result.rows[0]?.personalisation).toEqual({ "First Name": "Ada", ref_no: "7" });
  });

  it("reads quoted fields with commas and new lines, TSV, TXT, a BOM, UTF-16 and Windows-1252", () => {
    expect(valid(check('phone number,name,code\n2025550123,"Smith, Ada\nJr",1\n')).rows[0]?.personalisation.name).toBe("Smith, Ada\nJr");
    expect(valid(check("phone number\tname\tcode\n2025550123\tAda\t1\n", { fileName: "people.tsv" })).rows[0]?.personalisation.name).toBe("Ada");
    expect(valid(check("phone number;name;code\n2025550123;Ada;1\n", { fileName: "people.txt" })).rows).toHaveLength(1);
    expect(valid(check("\uFEFFphone number,name,code\n2025550123,Ada,1\n")).rows).toHaveLength(1);
    const cp1252 = new Uint8Array([...utf8("phone number,name,code\n2025550123,Jos"), 0xe9, ...utf8(",1\n")]);
    expect(valid(check(cp1252))).toMatchObject({ encoding: "windows-1252", rows: [{ personalisation: { name: "José" } }] });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("phone number\tname\tcode\r\n2025550123\tZoë\t1\r\n").flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(valid(check(utf16, { fileName: "people.txt" }))).toMatchObject({ encoding: "utf-16le", rows: [{ personalisation: { name: "Zoë" } }] });
  });

  it("accepts text as well as bytes, and works without a file name", () => {
    const result = checkSpreadsheet("phone number,name,code\n2025550123,Ada,1\n", { template: SMS });
    expect(valid(result)).toMatchObject({ encoding: "text", rowCount: 1 });
  });

  it("skips blank rows but keeps the spreadsheet's row numbers", () => {
    const result = valid(check("phone number,name,code\n2025550123,Ada,1\n,,\n\n2025550124,Bob,2\n,,,\n,,,\n"));
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2, 5]);
    expect(result.rows.map((r) => r.index)).toEqual([0, 1]);
  });

  it("merges repeated placeholder columns into a list and ignores extra and ragged cells", () => {
    const result = valid(check("phone number,name,code,code,notes\n2025550123,Ada,1,2,ignore me,extra,cells\n2025550124,Bob,3\n"));
    expect(result.rows.map((r) => r.personalisation)).toEqual([
      { name: "Ada", code: ["1", "2"] },
      { name: "Bob", code: "3" },
    ]);
  });

  it("fills ((phone number)) from the recipient column", () => {
    const result = valid(check("phone number\n2025550123\n", { template: { type: "sms", content: "Sent to ((Phone Number))" } }));
    expect(result.rows[0]?.personalisation).toEqual({ "Phone Number": "2025550123" });
  });

  it("checks email files, with subject placeholders as required columns", () => {
    const result = valid(check("Email Address,name,topic\nAda@Example.GOV,Ada,permits\n", { template: EMAIL }));
    expect(result.rows[0]).toMatchObject({ normalisedRecipient: "ada@example.gov", personalisation: { name: "Ada", topic: "permits" }, smsParts: 0 });
    expect(fileError(check("email address,name\na@b.gov,Ada\n", { template: EMAIL })).body).toBe("Your file is missing a column called ‘topic’.");
  });

  it("counts SMS parts with the service-name prefix", () => {
    const template = { type: "sms" as const, content: "((message))" };
    const result = valid(check(`phone number,message\n2025550123,${"a".repeat(150)}\n2025550124,€\n`, { template, smsPrefix: "City Permits" }));
    expect(result.rows.map((r) => r.smsParts)).toEqual([2, 1]);
    expect(result.smsParts).toBe(3);
  });

  it("allows international numbers when the service does", () => {
    const csv = "phone number,name,code\n+447123456789,Ada,1\n";
    expect(valid(check(csv, { allowInternationalSms: true })).rows[0]).toMatchObject({ isInternational: true, normalisedRecipient: "+447123456789" });
  });

  it("flags formula-like cells for safe export but keeps them as data", () => {
    const result = valid(check('phone number,name,code\n+12025550123,"=HYPERLINK(""http://x"")",@SUM(1)\n+12025550124,-5,+1\n'));
    expect(result.rows[0]?.personalisation).toEqual({ name: '=HYPERLINK("http://x")', code: "@SUM(1)" });
    expect(result.formulaCells).toEqual([
      { rowNumber: 2, column: "name" },
      { rowNumber: 2, column: "code" },
      { rowNumber: 3, column: "name" },
      { rowNumber: 3, column: "code" },
    ]);
  });
});

describe("checkSpreadsheet: row errors", () => {
  it("reports each bad cell with the spreadsheet row number and sums them up as Notify does", () => {
    const csv = ["phone number,name,code", "2025550123,Ada,1", "555123123,Bob,2", ",Cy,3", "2025550125,,4", "12,,"].join("\n");
    const result = valid(check(csv));
    expect(result).toMatchObject({ isValid: false, rowsWithErrors: 4, totalErrorCount: 6 });
    expect(result.shownErrorRows.map((r) => [r.rowNumber, r.errors.map((e) => `${e.column}: ${e.message}`)])).toEqual([
      [3, ["phone number: Not enough digits"]],
      [4, ["phone number: Missing"]],
      [5, ["name: Missing"]],
      [6, ["phone number: Not enough digits", "name: Missing", "code: Missing"]],
    ]);
    expect(result.errorSummary).toEqual(["fix 2 phone numbers", "enter missing data in 3 rows"]);
  });

  it.each([
    ["(555) 1234-5678", "Too many digits"],
    ["1555123123", "Phone number range is not in use"],
    ["ALPHANUM3R1C", "The string supplied did not seem to be a phone number."],
    ["+447123456789", "Not a US number"],
  ])("gives Notify.gov's message for the phone number %j", (number, message) => {
    expect(valid(check(`phone number,name,code\n${number},Ada,1\n`)).rows[0]?.errors).toEqual([{ kind: "recipient", column: "phone number", message }]);
  });

  it("gives Notify's message for a bad email address, and a singular summary", () => {
    const result = valid(check("email address,name,topic\nnot-an-email,Ada,t\n", { template: EMAIL }));
    expect(result.rows[0]?.errors).toEqual([{ kind: "recipient", column: "email address", message: "Not a valid email address" }]);
    expect(result.errorSummary).toEqual(["fix 1 email address"]);
  });

  it("flags messages that are too long after filling the row", () => {
    const template = { type: "sms" as const, content: "((message))" };
    const result = valid(check(`phone number,message\n2025550123,${"a".repeat(919)}\n2025550124,${"b".repeat(918)}\n2025550125,${"c".repeat(920)}\n`, { template }));
    expect(result.shownErrorRows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [2, [{ kind: "too-long", message: "Your message is too long. Text messages cannot be longer than 918 characters. Your message is 919 characters long." }]],
      [4, [{ kind: "too-long", message: "Your message is too long. Text messages cannot be longer than 918 characters. Your message is 920 characters long." }]],
    ]);
    expect(result.errorSummary).toEqual(["shorten the messages in 2 rows"]);
  });

  it("flags messages left empty after filling the row (SMS and email)", () => {
    const sms = valid(check("phone number,show\n2025550123,no\n2025550124,yes\n", { template: { type: "sms", content: "((show??Hello))" } }));
    expect(sms.shownErrorRows.map((r) => [r.rowNumber, r.errors])).toEqual([[2, [{ kind: "empty", message: "Your message is empty." }]]]);
    expect(sms.errorSummary).toEqual(["check you have content for the empty message in 1 row"]);
    const email = valid(check("email address,show\na@b.gov,no\nc@d.gov,n\n", { template: { type: "email", subject: "Hi", content: "((show??Hello))" } }));
    expect(email.errorSummary).toEqual(["check you have content for the empty messages in 2 rows"]);
  });

  it("does not check the length of email rows (as Notify doesn't)", () => {
    const result = valid(check(`email address,name,topic\na@b.gov,${"x".repeat(50_000)},t\n`, { template: EMAIL }));
    expect(result.isValid).toBe(true);
  });

  it("shows only the first N rows with errors but counts them all", () => {
    const rows = Array.from({ length: 30 }, () => "123,Ada,1");
    const result = valid(check(`phone number,name,code\n${rows.join("\n")}`, { maxErrorsShown: 5 }));
    expect(result.shownErrorRows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
    expect(result).toMatchObject({ rowsWithErrors: 30, totalErrorCount: 30, errorSummary: ["fix 30 phone numbers"] });
  });

  it("shows 50 error rows by default, as Notify.gov does", () => {
    const rows = Array.from({ length: 60 }, () => "123,Ada,1");
    expect(valid(check(`phone number,name,code\n${rows.join("\n")}`)).shownErrorRows).toHaveLength(50);
  });
});

describe("checkSpreadsheet: file errors", () => {
  it.each([
    ["an empty file", "", "no-rows", "Your file is missing some rows", "It needs at least one row of data and a column called ‘phone number’."],
    ["whitespace only", " \r\n \n", "no-rows", "Your file is missing some rows", "It needs at least one row of data and a column called ‘phone number’."],
    ["a header only", "phone number,name,code\n", "no-rows", "Your file is missing some rows", "It needs at least one row of data."],
    ["a header and blank rows", "phone number,name,code\n,,\n\n", "no-rows", "Your file is missing some rows", "It needs at least one row of data."],
    [
      "no recipient column",
      "mobile,name,code\n1,2,3\n",
      "no-recipient-column",
      "There's a problem with your column names",
      "Your file needs a column called ‘phone number’. Right now it has columns called ‘mobile’, ‘name’ and ‘code’.",
    ],
    ["no recipient column, one column", "mobile\n1\n", "no-recipient-column", "There's a problem with your column names", "Your file needs a column called ‘phone number’. Right now it has a column called ‘mobile’."],
    [
      "two recipient columns",
      "phone number,Phone_Number,name,code\n1,2,3,4\n",
      "duplicate-recipient-column",
      "There's a problem with your column names",
      "We found more than one column called phone number or Phone_Number. Delete or rename one of these columns and try again.",
    ],
    [
      "a missing placeholder column",
      "phone number,name\n2025550123,Ada\n",
      "missing-columns",
      "Your column names need to match the double parenthesis in your template",
      "Your file is missing a column called ‘code’.",
    ],
    [
      "two missing placeholder columns",
      "phone number\n2025550123\n",
      "missing-columns",
      "Your column names need to match the double parenthesis in your template",
      "Your file is missing columns called ‘name’ and ‘code’.",
    ],
  ])("%s", (_label, csv, code, heading, body) => {
    expect(fileError(check(csv))).toEqual({ code, heading, body });
  });

  it("refuses more rows than the limit, saying how many there are", () => {
    const csv = `phone number,name,code\n${Array.from({ length: 11 }, () => "2025550123,a,b").join("\n")}`;
    expect(fileError(check(csv, { maxRows: 10 }))).toEqual({
      code: "too-many-rows",
      heading: "Your file has too many rows",
      body: "Notify can process up to 10 rows at once. Your file has 11 rows.",
      rowCount: 11,
    });
    expect(valid(check(csv, { maxRows: 11 })).rowCount).toBe(11);
  });

  it("refuses 100,001 rows by default, and accepts 100,000", () => {
    const header = "phone number,name,code\n";
    expect(fileError(check(`${header}${"2025550123,a,b\n".repeat(100_001)}`)).body).toBe("Notify can process up to 100,000 rows at once. Your file has 100,001 rows.");
    expect(valid(check(`${header}${"2025550123,a,b\n".repeat(100_000)}`)).rowCount).toBe(100_000);
  });

  it("refuses binary files, damaged text, files over 10 MB and other file types", () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x08, 0]);
    expect(fileError(check(xlsx))).toEqual({
      code: "unreadable",
      heading: "Could not read people.csv",
      body: "Try using a different file format. Save your spreadsheet as a CSV file and upload it again.",
    });
    expect(fileError(check(new Uint8Array([...utf8("phone number,name\ncafé,"), 0xa9])))).toEqual({
      code: "unreadable",
      heading: "Could not read people.csv",
      body: "Try using a different file format. In Excel, save it as ‘CSV UTF-8 (Comma delimited)’ and upload it again.",
    });
    const huge = `phone number,name,code\n2025550123,${"x".repeat(10_000_001)},1\n`;
    expect(fileError(check(huge))).toEqual({
      code: "too-big",
      heading: "Your file is too big",
      body: "The file must be smaller than 10MB. Split it into smaller files and upload them one at a time.",
    });
    expect(fileError(checkSpreadsheet(huge, { template: SMS })).code).toBe("too-big");
    expect(fileError(check("a,b\n", { fileName: "people.xlsx" }))).toEqual({
      code: "not-a-spreadsheet",
      heading: "people.xlsx is not a spreadsheet that Notify can read",
      body: "Save your spreadsheet as a CSV file (comma-separated values) and upload it again.",
    });
    expect(fileError(check("a,b\n", { fileName: "no-extension" })).code).toBe("not-a-spreadsheet");
  });

  it("refuses more than 1,000 columns", () => {
    const header = ["phone number", ...Array.from({ length: 1_000 }, (_, i) => `c${i}`)].join(",");
    expect(fileError(check(`${header}\n2025550123\n`))).toEqual({
      code: "too-many-columns",
      heading: "Your file has too many columns",
      body: "Notify can process up to 1,000 columns. Your file has 1,001 columns.",
    });
  });

  it("reads a single cell of nearly 10 MB and reports the message as too long", () => {
    const result = valid(check(`phone number,name,code\n2025550123,${"x".repeat(9_999_000)},1\n`));
    expect(result.rows[0]?.errors).toEqual([
      { kind: "too-long", message: "Your message is too long. Text messages cannot be longer than 918 characters. Your message is 9999019 characters long." },
    ]);
  });

  it("in trial mode refuses recipients outside the team and guest list, but allows simulated ones", () => {
    const trialMode = { allowedRecipients: ["(202) 555-0123", "Ada@Agency.gov"] };
    expect(valid(check("phone number,name,code\n202-555-0123,Ada,1\n+12025550100,Sim,2\n", { trialMode })).isValid).toBe(true);
    expect(fileError(check("phone number,name,code\n2025550123,Ada,1\n2025550177,Bob,2\n", { trialMode }))).toEqual({
      code: "trial-mode",
      heading: "You cannot send to this phone number",
      body: "In trial mode you can only send to yourself and members of your team",
      rowNumbers: [3],
    });
    expect(fileError(check("phone number,name,code\n2025550176,Ada,1\n2025550177,Bob,2\n", { trialMode })).heading).toBe("You cannot send to these phone numbers");
    expect(valid(check("email address,name,topic\nada@agency.gov,A,t\n", { template: EMAIL, trialMode })).isValid).toBe(true);
    expect(fileError(check("email address,name,topic\na@b.gov,A,t\nc@d.gov,C,t\n", { template: EMAIL, trialMode })).heading).toBe(
      "You cannot send to these email addresses",
    );
    expect(fileError(check("email address,name,topic\na@b.gov,A,t\n", { template: EMAIL, trialMode })).heading).toBe("You cannot send to this email address");
  });

  it("in trial mode shows row errors first", () => {
    const result = valid(check("phone number,name,code\n2025550177,Ada,\n", { trialMode: { allowedRecipients: [] } }));
    expect(result.errorSummary).toEqual(["enter missing data in 1 row"]);
  });
});

describe("checkSpreadsheet: malformed input never crashes", () => {
  it("answers with a result for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("people.csv", "people.tsv", "people.txt"), (bytes, fileName) => {
        const result = check(bytes, { fileName });
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("answers with a result for any CSV-like text, and keeps its row numbers in order", () => {
    const cell = fc.oneof(fc.constantFrom("", "2025550123", "Ada", '"a,b"', '"x""y"', '"multi\nline"', '"', "=1", "  "), fc.string({ maxLength: 8 }));
    const row = fc.array(cell, { maxLength: 5 }).map((cells) => cells.join(","));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r"), (rows, newline) => {
        const result = checkSpreadsheet(["phone number,name,code", ...rows].join(newline), { template: SMS, maxRows: 20 });
        if (result.ok) {
          const numbers = result.rows.map((r) => r.rowNumber);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
          expect(result.rowsWithErrors).toBe(result.rows.filter((r) => r.errors.length > 0).length);
          expect(result.rows.every((r) => r.errors.length > 0 || r.normalisedRecipient === "+12025550123")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
