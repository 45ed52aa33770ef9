// Reading spreadsheet text into a header and rows with papaparse: quoted fields with commas and
// new lines, CSV or TSV (or a guessed delimiter for .txt), cells trimmed, blank rows skipped but
// counted so every row keeps the number it has in the spreadsheet. Work and memory are bounded:
// reading stops as soon as a file has more rows than allowed, and absurdly wide lines are refused
// before papaparse builds them.
import Papa from "papaparse";

export const MAX_COLUMNS = 1_000;

export type SpreadsheetRecord = {
  /** The row number a person sees in their spreadsheet program (the header is row 1). */
  rowNumber: number;
  /** Cells with surrounding whitespace and zero-width characters removed. */
  cells: string[];
};

type Stop = { problem: "too-many-rows"; cursor: number; isBlankCounted: boolean } | { problem: "too-many-columns"; columnCount: number };

export type ReadRowsResult =
  | { ok: true; header: string[]; records: SpreadsheetRecord[]; delimiter: string }
  | { ok: false; problem: "too-many-rows"; rowCount: number }
  | { ok: false; problem: "too-many-columns"; columnCount: number };

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;

/** A cell as Notify reads it: whitespace and zero-width characters stripped from both ends. */
export function cleanCell(value: string | undefined): string {
  if (!value) return "";
  return value.replace(ZERO_WIDTH, "").trim();
}

function isSeparatorOrSpace(code: number): boolean {
  // space, tab, CR, LF, comma, semicolon, pipe, NBSP, BOM
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 44 || code === 59 || code === 124 || code === 0xa0 || code === 0xfeff;
}

/**
 * Removes leading whitespace and trailing whitespace and separators (Excel's ",,,," rows at the
 * end of an export), as Notify does for the whole file. Leading separators are kept: they are
 * empty first cells, and removing them would shift the header against the data.
 */
function trimFile(text: string): string {
  let start = 0;
  while (start < text.length && /\s|\uFEFF/.test(text.charAt(start))) start += 1;
  let end = text.length;
  while (end > start && isSeparatorOrSpace(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/** The most separator characters on any one line (ignoring quotes): a cheap guard against absurdly wide files. */
function countWidestLine(text: string): number {
  let widest = 0;
  let current = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (current > widest) widest = current;
      current = 0;
    } else if (code === 44 || code === 9 || code === 59 || code === 124) {
      current += 1;
    }
  }
  return Math.max(widest, current);
}

/** Lines in text[from…] (only those holding more than separators and spaces, unless `isBlankCounted`); ignores quotes, so it is an estimate. */
function countLines(text: string, from: number, isBlankCounted: boolean): number {
  let count = 0;
  let hasContent = isBlankCounted;
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (hasContent) count += 1;
      hasContent = isBlankCounted;
    } else if (!hasContent && !isSeparatorOrSpace(code)) {
      hasContent = true;
    }
  }
  return hasContent && from < text.length ? count + 1 : count;
}

function extensionDelimiter(fileName: string | undefined): string {
  const extension = fileName?.toLowerCase().split(".").pop();
  if (extension === "csv") return ",";
  if (extension === "tsv") return "\t";
  return ""; // .txt or unknown: let papaparse guess
}

/**
 * Splits spreadsheet text into a header and rows. Rows with no content are skipped (their row
 * numbers are not reused). Stops with `too-many-rows` once more than `maxRows` rows have content,
 * or when blank rows alone run past twice the limit.
 */
export function readSpreadsheetRows(text: string, options: { fileName?: string; maxRows: number }): ReadRowsResult {
  const body = trimFile(text);
  const widest = countWidestLine(body);
  if (widest >= MAX_COLUMNS * 10) return { ok: false, problem: "too-many-columns", columnCount: widest + 1 };

  const maxRecords = options.maxRows * 2 + 1_000;
  const records: SpreadsheetRecord[] = [];
  const state: { header: string[] | null; delimiter: string; recordIndex: number; rowsWithContent: number; stop: Stop | null } = {
    header: null,
    delimiter: ",",
    recordIndex: 0,
    rowsWithContent: 0,
    stop: null,
  };

  Papa.parse<string[]>(body, {
    delimiter: extensionDelimiter(options.fileName),
    skipEmptyLines: false,
    chunkSize: 1 << 20,
    step: (row, parser) => {
      state.recordIndex += 1;
      if (state.header === null) {
        state.header = row.data.map(cleanCell);
        state.delimiter = row.meta.delimiter;
        if (state.header.length > MAX_COLUMNS) {
          state.stop = { problem: "too-many-columns", columnCount: state.header.length };
          parser.abort();
        }
        return;
      }
      let hasContent = false;
      const cells = row.data.map((cell) => {
        const cleaned = cleanCell(cell);
        if (cleaned) hasContent = true;
        return cleaned;
      });
      if (hasContent) {
        state.rowsWithContent += 1;
        if (state.rowsWithContent > options.maxRows) {
          state.stop = { problem: "too-many-rows", cursor: row.meta.cursor, isBlankCounted: false };
          parser.abort();
          return;
        }
        records.push({ rowNumber: state.recordIndex, cells });
      } else if (state.recordIndex > maxRecords) {
        state.stop = { problem: "too-many-rows", cursor: row.meta.cursor, isBlankCounted: true };
        parser.abort();
      }
    },
  });

  const { stop } = state;
  if (stop?.problem === "too-many-columns") return { ok: false, problem: "too-many-columns", columnCount: stop.columnCount };
  if (stop?.problem === "too-many-rows") {
    const counted = stop.isBlankCounted ? state.recordIndex - 1 : state.rowsWithContent;
    return { ok: false, problem: "too-many-rows", rowCount: counted + countLines(body, stop.cursor, stop.isBlankCounted) };
  }
  return { ok: true, header: state.header ?? [], records, delimiter: state.delimiter };
}
