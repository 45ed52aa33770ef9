// The whole-file part of checking a recipients file against a template, as Notify's check page
// words it: file type and size, unreadable text, too many rows or columns, no rows, and the
// column names (the recipient column once, a column for every placeholder). Pure and light
// enough for the browser (papaparse, no phone-number metadata), so the upload page's instant
// pre-check and the server's check (check-spreadsheet.ts, which goes on to every row) share it.
import { extractPlaceholders, normalisePlaceholderKey, type Placeholder } from "../templates/placeholders";
import { decodeSpreadsheetBytes, type DecodeFailure } from "./decode";
import { readSpreadsheetRows, type SpreadsheetRecord } from "./read-rows";

export const MAX_ROWS = 100_000;
export const MAX_FILE_BYTES = 10_000_000;
export const SPREADSHEET_EXTENSIONS = ["csv", "tsv", "txt"] as const;

export type TemplateForCheck = { type: "sms" | "email"; content: string; subject?: string | null };

export type SpreadsheetEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "text";

export type CheckFileOptions = {
  /** The uploaded file's name: it picks the delimiter (.csv, .tsv, .txt) and appears in messages. */
  fileName?: string;
  /** The template the rows fill: its placeholders are the required columns. */
  template: TemplateForCheck;
  /** Default 100,000. */
  maxRows?: number;
  /** Default 10,000,000 bytes. */
  maxFileBytes?: number;
};

export type FileErrorCode =
  | "not-a-spreadsheet"
  | "too-big"
  | "unreadable"
  | "too-many-rows"
  | "too-many-columns"
  | "no-rows"
  | "no-recipient-column"
  | "duplicate-recipient-column"
  | "missing-columns"
  | "trial-mode";

/** A problem with the whole file, worded for Notify's "column errors" page: a heading and a body. */
export type FileError = {
  code: FileErrorCode;
  heading: string;
  body: string;
  /** too-many-rows: how many rows the file has. */
  rowCount?: number;
  /** trial-mode: the rows with recipients outside the team (the first `maxErrorsShown`). */
  rowNumbers?: number[];
};

export type CheckedFile = {
  ok: true;
  header: string[];
  records: SpreadsheetRecord[];
  encoding: SpreadsheetEncoding;
  /** Header cells as placeholder keys (case, spaces and punctuation ignored). */
  columnKeys: string[];
  /** The one recipient column. */
  recipientIndex: number;
  recipientKey: string;
  recipientHeading: string;
  placeholders: Placeholder[];
  /** The placeholders other than the recipient: each needs a column. */
  columnPlaceholders: Placeholder[];
};

export const RECIPIENT_COLUMN = { sms: "phone number", email: "email address" } as const;

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

function quoteList(names: readonly string[]): string {
  const quoted = names.map((n) => `‘${n}’`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

export function fileError(code: FileErrorCode, heading: string, body: string, extra: Partial<FileError> = {}): { ok: false; fileError: FileError } {
  return { ok: false, fileError: { code, heading, body, ...extra } };
}

const UNREADABLE_HINTS: Record<DecodeFailure, string> = {
  binary: "Try using a different file format. Save your spreadsheet as a CSV file and upload it again.",
  "invalid-text": "Try using a different file format. In Excel, save it as ‘CSV UTF-8 (Comma delimited)’ and upload it again.",
};

/** Checks the file and its columns (not its rows). Every problem comes back as a value. */
export function checkFileAndColumns(input: Uint8Array | string, options: CheckFileOptions): { ok: false; fileError: FileError } | CheckedFile {
  const { template } = options;
  const fileName = options.fileName ?? "your file";
  const maxRows = options.maxRows ?? MAX_ROWS;
  const maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const recipientHeading = RECIPIENT_COLUMN[template.type];
  const recipientKey = normalisePlaceholderKey(recipientHeading);

  // 1. The file itself
  if (options.fileName !== undefined && !(SPREADSHEET_EXTENSIONS as readonly string[]).includes(extensionOf(options.fileName))) {
    return fileError("not-a-spreadsheet", `${fileName} is not a spreadsheet that Notify can read`, "Save your spreadsheet as a CSV file (comma-separated values) and upload it again.");
  }
  const size = typeof input === "string" ? utf8ByteLength(input) : input.byteLength;
  if (size > maxFileBytes) {
    return fileError("too-big", "Your file is too big", `The file must be smaller than ${Math.floor(maxFileBytes / 1_000_000)}MB. Split it into smaller files and upload them one at a time.`);
  }
  let text: string;
  let encoding: SpreadsheetEncoding = "text";
  if (typeof input === "string") {
    text = input;
  } else {
    const decoded = decodeSpreadsheetBytes(input);
    if (!decoded.ok) return fileError("unreadable", `Could not read ${fileName}`, UNREADABLE_HINTS[decoded.reason]);
    text = decoded.text;
    encoding = decoded.encoding;
  }

  const read = readSpreadsheetRows(text, { fileName: options.fileName, maxRows });
  if (!read.ok && read.problem === "too-many-rows") {
    return fileError(
      "too-many-rows",
      "Your file has too many rows",
      `Notify can process up to ${formatCount(maxRows)} rows at once. Your file has ${formatCount(read.rowCount)} rows.`,
      { rowCount: read.rowCount },
    );
  }
  if (!read.ok) {
    return fileError("too-many-columns", "Your file has too many columns", `Notify can process up to 1,000 columns. Your file has ${formatCount(read.columnCount)} columns.`);
  }
  const { header, records } = read;

  // 2. Columns
  const columnKeys = header.map(normalisePlaceholderKey);
  const recipientIndexes = columnKeys.flatMap((key, i) => (key === recipientKey ? [i] : []));
  const placeholders = extractPlaceholders(template.subject, template.content);
  const columnPlaceholders = placeholders.filter((p) => p.key !== recipientKey);
  if (records.length === 0) {
    const also = recipientIndexes.length === 0 ? ` and a column called ‘${recipientHeading}’` : "";
    return fileError("no-rows", "Your file is missing some rows", `It needs at least one row of data${also}.`);
  }
  if (recipientIndexes.length === 0) {
    const current = header.filter(Boolean);
    const now = current.length ? ` Right now it has ${current.length === 1 ? "a column" : "columns"} called ${quoteList(current)}.` : "";
    return fileError("no-recipient-column", "There's a problem with your column names", `Your file needs a column called ‘${recipientHeading}’.${now}`);
  }
  if (recipientIndexes.length > 1) {
    const names = [...new Set(recipientIndexes.map((i) => header[i] ?? recipientHeading))];
    return fileError(
      "duplicate-recipient-column",
      "There's a problem with your column names",
      `We found more than one column called ${names.join(" or ")}. Delete or rename one of these columns and try again.`,
    );
  }
  const missingColumns = columnPlaceholders.filter((p) => !columnKeys.includes(p.key));
  if (missingColumns.length) {
    return fileError(
      "missing-columns",
      "Your column names need to match the double parenthesis in your template",
      `Your file is missing ${missingColumns.length === 1 ? "a column" : "columns"} called ${quoteList(missingColumns.map((p) => p.name))}.`,
    );
  }

  const recipientIndex = recipientIndexes[0] as number;
  return { ok: true, header, records, encoding, columnKeys, recipientIndex, recipientKey, recipientHeading, placeholders, columnPlaceholders };
}

/** The upload page's instant check in the browser: the same whole-file rules, and the row count. */
export function precheckSpreadsheet(input: Uint8Array | string, options: CheckFileOptions): { ok: false; fileError: FileError } | { ok: true; rowCount: number } {
  const result = checkFileAndColumns(input, options);
  return result.ok ? { ok: true, rowCount: result.records.length } : result;
}

/** What the upload form says about a chosen file before reading it (the server and the browser alike). */
export const UPLOAD_FILE_ERRORS = {
  notSpreadsheet: (name: string) => `${name} is not a spreadsheet that Notify can read. Save it as a CSV, TSV or text file and upload it again.`,
  tooBig: (name: string) => `${name} is too big. Files must be smaller than ${Math.floor(MAX_FILE_BYTES / 1_000_000)}MB.`,
} as const;

/** The upload form's file-type and size check; null when the file may be uploaded. */
export function uploadFileError(fileName: string, size: number): string | null {
  if (!(SPREADSHEET_EXTENSIONS as readonly string[]).includes(extensionOf(fileName))) return UPLOAD_FILE_ERRORS.notSpreadsheet(fileName);
  if (size > MAX_FILE_BYTES) return UPLOAD_FILE_ERRORS.tooBig(fileName);
  return null;
}
