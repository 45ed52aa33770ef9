import { describe, expect, it } from "vitest";
import { cleanCell, MAX_COLUMNS, readSpreadsheetRows } from "./read-rows";

const read = (text: string, fileName = "people.csv", maxRows = 100_000) => readSpreadsheetRows(text, { fileName, maxRows });

function ok(result: ReturnType<typeof read>) {
  if (!result.ok) throw new Error(`expected rows, got ${result.problem}`);
  return result;
}

describe("readSpreadsheetRows", () => {
  it("reads quoted fields with commas, quotes and new lines as one spreadsheet row", () => {
    const result = ok(read('name,notes\n"Smith, Ada","said ""hi""\nthen left"\nBob,x\n'));
    expect(result.header).toEqual(["name", "notes"]);
    expect(result.records).toEqual([
      { rowNumber: 2, cells: ["Smith, Ada", 'said "hi"\nthen left'] },
      { rowNumber: 3, cells: ["Bob", "x"] },
    ]);
  });

  it("skips blank rows (including rows of empty cells) but keeps spreadsheet row numbers", () => {
    const result = ok(read("a,b\n1,2\n\n,\n  ,  \n3,4\n"));
    expect(result.records.map((r) => r.rowNumber)).toEqual([2, 6]);
  });

  it("strips whitespace and zero-width characters from cells", () => {
    expect(ok(read("a,b\n  1 ,\u200B2\u00A0\n")).records[0]?.cells).toEqual(["1", "2"]);
    expect(cleanCell("\uFEFF x \t")).toBe("x");
    expect(cleanCell(undefined)).toBe("");
  });

  it("ignores leading blank lines and the empty rows Excel leaves at the end", () => {
    const result = ok(read(`\n\n a,b\r\n1,2\r\n${",\r\n".repeat(50_000)}`));
    expect(result.header).toEqual(["a", "b"]);
    expect(result.records).toEqual([{ rowNumber: 2, cells: ["1", "2"] }]);
  });

  it("picks the delimiter from the extension, and guesses it for .txt", () => {
    expect(ok(read("a\tb\n1\t2\n", "people.tsv")).records[0]?.cells).toEqual(["1", "2"]);
    expect(ok(read("a,b\n1\t2\n", "people.csv")).records[0]?.cells).toEqual(["1\t2"]);
    const txt = ok(read("a;b\n1;2\n", "people.txt"));
    expect(txt.delimiter).toBe(";");
    expect(txt.records[0]?.cells).toEqual(["1", "2"]);
  });

  it("keeps an unterminated quote's text rather than failing", () => {
    expect(ok(read('a,b\n1,"unterminated\n2,3\n')).records).toEqual([{ rowNumber: 2, cells: ["1", "unterminated\n2,3"] }]);
  });

  it("stops at the row limit and says how many rows there are", () => {
    expect(read(`a\n${"x\n".repeat(11)}`, "f.csv", 10)).toEqual({ ok: false, problem: "too-many-rows", rowCount: 11 });
    expect(read(`a\n${"x\n".repeat(150_000)}`, "f.csv", 100_000)).toEqual({ ok: false, problem: "too-many-rows", rowCount: 150_000 });
    expect(ok(read(`a\n${"x\n".repeat(10)}`, "f.csv", 10)).records).toHaveLength(10);
  });

  it("stops on a flood of blank rows inside the data instead of reading them all", () => {
    const result = read(`a\nx\n${"\n".repeat(5_000)}y\n`, "f.csv", 10);
    expect(result).toMatchObject({ ok: false, problem: "too-many-rows" });
  });

  it("refuses more than 1,000 columns, and absurdly wide lines before parsing them", () => {
    expect(read(`${Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(",")}\n1\n`)).toEqual({ ok: false, problem: "too-many-columns", columnCount: 1001 });
    expect(ok(read(`${Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(",")}\n1\n`)).header).toHaveLength(1000);
    expect(read(`a\nx${",".repeat(5_000_000)}x\n`)).toEqual({ ok: false, problem: "too-many-columns", columnCount: 5_000_001 });
  });

  it("returns an empty header for an empty file", () => {
    expect(read("")).toEqual({ ok: true, header: [], records: [], delimiter: "," });
  });
});
