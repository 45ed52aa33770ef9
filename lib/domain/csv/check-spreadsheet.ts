// Checks an uploaded recipients file against a template, the way Notify's check page does:
// file-level problems first (file type and size, unreadable, too many rows, no rows, column
// problems), then every row (recipient, missing values, message too long or empty), then the
// trial-mode rule. The result feeds the check page, the API and the job fan-out alike.
// Pure: bytes (or text) in, a value out; it never throws for bad input.
import { EMPTY_MESSAGE_ERROR, smsContentError } from "../sms/segments";
import { isAllowedInTrialMode } from "../recipients/guest-list";
import { normaliseRecipientForComparison, validateRecipient } from "../recipients/recipient";
import { extractPlaceholders, fillPlaceholders, normalisePlaceholderKey, type Placeholder } from "../templates/placeholders";
import { renderSms } from "../templates/render-sms";
import { decodeSpreadsheetBytes, type DecodeFailure } from "./decode";
import { isFormulaLike } from "./formula";
import { readSpreadsheetRows, type SpreadsheetRecord } from "./read-rows";

export const MAX_ROWS = 100_000;
export const MAX_FILE_BYTES = 10_000_000;
export const DEFAULT_MAX_ERRORS_SHOWN = 50;
export const SPREADSHEET_EXTENSIONS = ["csv", "tsv", "txt"] as const;

export type TemplateForCheck = { type: "sms" | "email"; content: string; subject?: string | null };

export type CheckSpreadsheetOptions = {
  /** The uploaded file's name: it picks the delimiter (.csv, .tsv, .txt) and appears in messages. */
  fileName?: string;
  /** The template the rows fill: its placeholders are the required columns. */
  template: TemplateForCheck;
  /** Default 100,000. */
  maxRows?: number;
  /** How many rows with errors to return in `shownErrorRows` (the rest are counted). Default 50. */
  maxErrorsShown?: number;
  /** Default 10,000,000 bytes. */
  maxFileBytes?: number;
  allowInternationalSms?: boolean;
  /** The service name when the service prefixes its texts (it counts towards the parts). */
  smsPrefix?: string | null;
  /** Trial mode: only these recipients (team members and guest list), plus simulated ones. */
  trialMode?: { allowedRecipients: readonly string[] };
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

export type RowErrorKind = "recipient" | "missing" | "too-long" | "empty";

/** A cell error (with `column`) or an error spanning the row (too long, empty). */
export type RowError = { kind: RowErrorKind; column?: string; message: string };

export type CheckedRow = {
  /** The row number a person sees in their spreadsheet (the header is row 1). */
  rowNumber: number;
  /** 0-based position among the rows with data: the job row number. */
  index: number;
  /** The recipient cell as written. */
  recipient: string;
  /** E.164 phone number or lower-case email address; null when the recipient is missing or invalid. */
  normalisedRecipient: string | null;
  isInternational: boolean;
  /** Values keyed by placeholder name as written in the template; repeated columns become lists. */
  personalisation: Record<string, string | string[]>;
  /** Billable SMS parts for this row (0 for email or when the row has errors). */
  smsParts: number;
  errors: RowError[];
};

/** A cell that a spreadsheet program would run as a formula: neutralise it when exporting (formula.ts). */
export type FormulaCell = { rowNumber: number; column: string };

export type CheckedSpreadsheet = {
  ok: true;
  /** No row has an error. */
  isValid: boolean;
  /** Header cells as written. */
  columns: string[];
  recipientColumn: string;
  /** Rows with data (blank rows are skipped). */
  rowCount: number;
  rows: CheckedRow[];
  rowsWithErrors: number;
  /** Every cell and row error, across all rows. */
  totalErrorCount: number;
  /** The first `maxErrorsShown` rows with errors. */
  shownErrorRows: CheckedRow[];
  /** Notify's "You need to" list: "fix 2 phone numbers", "enter missing data in 1 row", … */
  errorSummary: string[];
  formulaCells: FormulaCell[];
  /** Total billable SMS parts for the rows without errors. */
  smsParts: number;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "text";
};

export type SpreadsheetCheck = { ok: false; fileError: FileError } | CheckedSpreadsheet;

const RECIPIENT_COLUMN = { sms: "phone number", email: "email address" } as const;
const RECIPIENT_NOUNS = { sms: ["phone number", "phone numbers"], email: ["email address", "email addresses"] } as const;
const MISSING = "Missing";

function formatCount(n: number): string {
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

function fileError(code: FileErrorCode, heading: string, body: string, extra: Partial<FileError> = {}): SpreadsheetCheck {
  return { ok: false, fileError: { code, heading, body, ...extra } };
}

const UNREADABLE_HINTS: Record<DecodeFailure, string> = {
  binary: "Try using a different file format. Save your spreadsheet as a CSV file and upload it again.",
  "invalid-text": "Try using a different file format. In Excel, save it as ‘CSV UTF-8 (Comma delimited)’ and upload it again.",
};

function summariseErrors(counts: Record<RowErrorKind, number>, type: "sms" | "email"): string[] {
  const [one, many] = RECIPIENT_NOUNS[type];
  const summary: string[] = [];
  if (counts.recipient) summary.push(`fix ${counts.recipient} ${counts.recipient === 1 ? one : many}`);
  if (counts.missing) summary.push(`enter missing data in ${counts.missing} ${counts.missing === 1 ? "row" : "rows"}`);
  if (counts["too-long"]) summary.push(counts["too-long"] === 1 ? "shorten the message in 1 row" : `shorten the messages in ${counts["too-long"]} rows`);
  if (counts.empty) {
    summary.push(counts.empty === 1 ? "check you have content for the empty message in 1 row" : `check you have content for the empty messages in ${counts.empty} rows`);
  }
  return summary;
}

/** Checks a recipients file against a template. Every problem comes back as a value. */
export function checkSpreadsheet(input: Uint8Array | string, options: CheckSpreadsheetOptions): SpreadsheetCheck {
  const { template } = options;
  const fileName = options.fileName ?? "your file";
  const maxRows = options.maxRows ?? MAX_ROWS;
  const maxErrorsShown = options.maxErrorsShown ?? DEFAULT_MAX_ERRORS_SHOWN;
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
  let encoding: CheckedSpreadsheet["encoding"] = "text";
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

  // 3. Rows
  const recipientIndex = recipientIndexes[0] as number;
  const recipientColumn = header[recipientIndex] ?? recipientHeading;
  const recipientPlaceholder: Placeholder | undefined = placeholders.find((p) => p.key === recipientKey);
  const placeholderColumns = columnPlaceholders.map((placeholder) => ({
    placeholder,
    column: header[columnKeys.indexOf(placeholder.key)] ?? placeholder.name,
    indexes: columnKeys.flatMap((key, i) => (key === placeholder.key ? [i] : [])),
  }));
  const allowedInTrial = options.trialMode ? new Set(options.trialMode.allowedRecipients.map(normaliseRecipientForComparison)) : null;
  const trialRejectedRows: number[] = [];
  let trialRejectedCount = 0;

  const rows: CheckedRow[] = [];
  const shownErrorRows: CheckedRow[] = [];
  const formulaCells: FormulaCell[] = [];
  const errorCounts: Record<RowErrorKind, number> = { recipient: 0, missing: 0, "too-long": 0, empty: 0 };
  let rowsWithErrors = 0;
  let totalErrorCount = 0;
  let smsParts = 0;

  records.forEach((record: SpreadsheetRecord, index) => {
    const { cells, rowNumber } = record;
    const errors: RowError[] = [];
    const recipient = cells[recipientIndex] ?? "";
    let normalisedRecipient: string | null = null;
    let isInternational = false;
    if (!recipient) {
      errors.push({ kind: "missing", column: recipientColumn, message: MISSING });
    } else {
      const result = validateRecipient(recipient, template.type, { allowInternationalSms: options.allowInternationalSms });
      if (result.ok) {
        normalisedRecipient = result.normalised;
        isInternational = result.isInternational;
      } else {
        errors.push({ kind: "recipient", column: recipientColumn, message: result.error });
      }
    }

    const personalisation: Record<string, string | string[]> = {};
    const values = new Map<string, unknown>();
    if (recipientPlaceholder && recipient) {
      personalisation[recipientPlaceholder.name] = recipient;
      values.set(recipientKey, recipient);
    }
    for (const { placeholder, column, indexes } of placeholderColumns) {
      let value: string | string[] | undefined;
      if (indexes.length === 1) {
        value = cells[indexes[0] as number] || undefined;
      } else {
        const list = indexes.map((i) => cells[i] ?? "").filter(Boolean);
        value = list.length > 1 ? list : list[0];
      }
      if (value === undefined) {
        errors.push({ kind: "missing", column, message: MISSING });
      } else {
        personalisation[placeholder.name] = value;
        values.set(placeholder.key, value);
      }
    }

    for (let c = 0; c < cells.length; c += 1) {
      const cell = cells[c] as string;
      if (cell && isFormulaLike(cell) && !(c === recipientIndex && normalisedRecipient)) {
        formulaCells.push({ rowNumber, column: header[c] || `column ${c + 1}` });
      }
    }

    let rowParts = 0;
    if (errors.length === 0) {
      if (template.type === "sms") {
        const { count } = renderSms(template.content, values, { prefix: options.smsPrefix });
        const contentError = smsContentError(count);
        if (contentError) errors.push({ kind: count.isEmpty ? "empty" : "too-long", message: contentError });
        else rowParts = count.parts;
      } else if (!fillPlaceholders(template.content, values).trim()) {
        errors.push({ kind: "empty", message: EMPTY_MESSAGE_ERROR });
      }
    }

    const row: CheckedRow = { rowNumber, index, recipient, normalisedRecipient, isInternational, personalisation, smsParts: rowParts, errors };
    rows.push(row);
    smsParts += rowParts;
    if (errors.length) {
      rowsWithErrors += 1;
      totalErrorCount += errors.length;
      for (const kind of new Set(errors.map((e) => e.kind))) errorCounts[kind] += 1;
      if (shownErrorRows.length < maxErrorsShown) shownErrorRows.push(row);
    } else if (allowedInTrial && normalisedRecipient && !isAllowedInTrialMode(normalisedRecipient, allowedInTrial)) {
      trialRejectedCount += 1;
      if (trialRejectedRows.length < maxErrorsShown) trialRejectedRows.push(rowNumber);
    }
  });

  if (trialRejectedCount && rowsWithErrors === 0) {
    const [one, many] = RECIPIENT_NOUNS[template.type];
    return fileError(
      "trial-mode",
      `You cannot send to ${trialRejectedCount === 1 ? `this ${one}` : `these ${many}`}`,
      "In trial mode you can only send to yourself and members of your team",
      { rowNumbers: trialRejectedRows },
    );
  }

  return {
    ok: true,
    isValid: rowsWithErrors === 0,
    columns: header,
    recipientColumn,
    rowCount: rows.length,
    rows,
    rowsWithErrors,
    totalErrorCount,
    shownErrorRows,
    errorSummary: summariseErrors(errorCounts, template.type),
    formulaCells,
    smsParts,
    encoding,
  };
}
