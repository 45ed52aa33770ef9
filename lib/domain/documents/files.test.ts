import { describe, expect, it } from "vitest";
import { checkFileValues, decodeBase64, detectFileType, FILE_ERRORS, MAX_FILE_BYTES, parseRetentionPeriod, zipEntryNames } from "./files";

/** A zip of stored (uncompressed) entries, enough for type detection. */
function storedZip(entries: Array<[string, string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");
const check = (value: Record<string, unknown>) => checkFileValues({ doc: value });
const message = (value: Record<string, unknown>) => {
  const result = check(value);
  return result.ok ? null : result.message;
};

describe("detectFileType", () => {
  const none = { extension: null, isCsv: false };
  it("knows PDF, RTF and the office zips by their bytes", () => {
    expect(detectFileType(Buffer.from("%PDF-1.5 testpdf"), none)).toBe("application/pdf");
    expect(detectFileType(Buffer.from("{\\rtf1 hello}"), none)).toBe("application/rtf");
    expect(detectFileType(storedZip([["[Content_Types].xml", "<x/>"], ["word/document.xml", "<w/>"]]), none)).toMatch(/wordprocessingml/);
    expect(detectFileType(storedZip([["[Content_Types].xml", "<x/>"], ["xl/workbook.xml", "<w/>"]]), none)).toMatch(/spreadsheetml/);
    expect(detectFileType(storedZip([["mimetype", "application/vnd.oasis.opendocument.text"], ["content.xml", "<x/>"]]), none)).toBe("application/vnd.oasis.opendocument.text");
    expect(detectFileType(storedZip([["a.txt", "hi"]]), none)).toBe("application/zip");
  });
  it("tells text types apart by the name, is_csv, then the content", () => {
    expect(detectFileType(Buffer.from("a,b"), { extension: "csv", isCsv: false })).toBe("text/csv");
    expect(detectFileType(Buffer.from("a,b"), { extension: null, isCsv: true })).toBe("text/csv");
    expect(detectFileType(Buffer.from("a,b"), none)).toBe("text/plain");
    expect(detectFileType(Buffer.from('{"a": 1}'), none)).toBe("application/json");
    expect(detectFileType(Buffer.from("caf\u00e9\n"), none)).toBe("text/plain");
  });
  it("calls binary and empty files what they are", () => {
    expect(detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), none)).toBe("application/octet-stream");
    expect(detectFileType(Buffer.from("text\u0000with nul"), none)).toBe("application/octet-stream");
    expect(detectFileType(Buffer.alloc(0), none)).toBe("application/x-empty");
  });
});

describe("checkFileValues", () => {
  it("accepts what prepareUpload makes, with Notify's defaults", () => {
    const result = check({ file: b64("%PDF-1.5 testpdf") });
    expect(result).toMatchObject({ ok: true, files: [{ placeholder: "doc", mimeType: "application/pdf", filename: null, confirmEmail: true, retentionWeeks: 26 }] });
    expect(check({ file: b64("a,b"), filename: "report.csv", confirm_email_before_download: false, retention_period: "1 week" })).toMatchObject({
      ok: true,
      files: [{ mimeType: "text/csv", filename: "report.csv", confirmEmail: false, retentionWeeks: 1 }],
    });
  });

  it.each([
    [{ file: "not base64!" }, FILE_ERRORS.notBase64],
    [{ file: "YWJj=" }, FILE_ERRORS.notBase64],
    [{ nothing: true }, FILE_ERRORS.noFile],
    [{ file: b64(Buffer.alloc(MAX_FILE_BYTES + 1, 0x61)) }, FILE_ERRORS.tooLarge],
    [{ file: b64("a,b"), filename: "report" }, FILE_ERRORS.filenameExtension],
    [{ file: b64("a,b"), filename: `${"x".repeat(97)}.csv` }, FILE_ERRORS.filenameTooLong],
    [{ file: b64("a,b"), retention_period: "2 days" }, "Unsupported value for retention_period '2 days'. Supported periods are from 1 to 78 weeks."],
    [{ file: b64("a,b"), retention_period: "79 weeks" }, FILE_ERRORS.retention("79 weeks")],
    [{ file: b64("a,b"), confirm_email_before_download: "yes" }, "Unsupported value for confirm_email_before_download: 'yes'. Use a boolean true or false value."],
    [{ file: b64("a,b"), is_csv: 1 }, FILE_ERRORS.isCsv(1)],
    [{ file: b64([0x89, 0x50, 0x4e, 0x47, 0, 1].map((b) => String.fromCharCode(b)).join("")) }, FILE_ERRORS.unsupportedType("application/octet-stream")],
    [{ file: b64("%PDF-1.5 x"), filename: "report.csv" }, FILE_ERRORS.unsupportedType("application/pdf")],
    [{ file: b64("a,b"), filename: "report.exe" }, FILE_ERRORS.unsupportedType("text/plain")],
  ])("refuses %j", (value, expected) => {
    expect(message(value)).toBe(expected);
  });

  it("names the supported types as Notify does", () => {
    expect(FILE_ERRORS.unsupportedType("application/zip")).toBe(
      "Unsupported file type 'application/zip'. Supported types are: '.csv', '.docx', '.json', '.odt', '.pdf', '.rtf', '.txt', '.xlsx'",
    );
  });

  it("allows at most 10 files in one email", () => {
    const files = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, { file: b64("a,b") }]));
    expect(checkFileValues(files(10)).ok).toBe(true);
    expect(checkFileValues(files(11))).toEqual({ ok: false, message: "File number exceed allowed limits of 10 with number of 11." });
  });

  it("takes the path and control characters out of a filename", () => {
    expect(check({ file: b64("a,b"), filename: "../../etc/x\r\n.csv" })).toMatchObject({ ok: true, files: [{ filename: ".._.._etc_x__.csv" }] });
  });
});

describe("helpers", () => {
  it("decodes only strict base64", () => {
    expect(decodeBase64("YWJj")?.toString()).toBe("abc");
    expect(decodeBase64("YW Jj\n")?.toString()).toBe("abc");
    expect(decodeBase64("YWJ")).toBeNull();
    expect(decodeBase64("YW_j")).toBeNull();
  });
  it("parses retention periods", () => {
    expect(parseRetentionPeriod(" 78 Weeks ")).toBe(78);
    expect(parseRetentionPeriod("0 weeks")).toBeNull();
    expect(parseRetentionPeriod(4)).toBeNull();
  });
  it("reads zip entry names", () => {
    expect(zipEntryNames(storedZip([["a", "1"], ["b/c", "2"]]))).toEqual(["a", "b/c"]);
    expect(zipEntryNames(Buffer.from("PK\u0003\u0004garbage"))).toBeNull();
  });
});
