// Checks an uploaded recipients file against a template, the way Notify's check page does:
// file-level problems first (unreadable, too big, too many rows, no rows, column problems, trial
// mode), then every row (recipient, missing values, message too long or empty). The result feeds
// the check page, the API and the job fan-out alike. Pure: bytes in, a value out.
import Papa from "papaparse";
import { validateEmailAddress } from "../recipients/email";
import { validatePhoneNumber } from "../recipients/phone";
import { getSimulatedOutcome } from "../recipients/simulated";
import { extractPlaceholders, normalisePlaceholderKey, type Placeholder } from "../templates/placeholders";
import { renderSms, smsContentError } from "../templates/render-sms";
import { decodeSpreadsheetBytes } from "./decode";
import { isFormulaLike } from "./formula";

export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 1_000;
export const MAX_FILE_BYTES = 10_000_000;
export const SPREADSHEET_EXTENSIONS = ["csv", "tsv", "txt"] as const;

export type TemplateForCheck = { type: "sms" | "email"; content: string; subject?: string | null };

export type CheckOptions = {
  fileName: string;
  template: TemplateForCheck;
  maxRows?: number;
  /** How many rows with errors to return in full (the rest are only counted). */
  maxErrorsShown?: number;
  allowInternationalSms?: boolean;
  /** Service name when the service prefixes its texts (counts towards the SMS length). */
  smsPrefix?: string | null;
  /** Trial mode: the normalised recipients allowed (team members and guest list). */
  trialModeRecipients?: readonly string[];
};

export type FileError = {
  code:
    | "unreadable"
    | "not-a-spreadsheet"
    | "too-big"
    | "too-many-rows"
    | "too-many-columns"
    | "no-rows"
    | "no-recipient-column"
    | "duplicate-recipient-column"
    | "missing-columns"
    | "trial-mode";
  heading: string;
  body: string;
};

export type RowErrorKind = "recipient" | "missing" | "too-long" | "empty";
export type RowError = { kind: RowErrorKind; column?: string; message: string };

export type CheckedRow = {
  /** The row number a person sees in their spreadsheet (the header is row 1). */
  rowNumber: number;
  /** 0-based data row index (Notify's job_row_number). */
  index: number;
  recipient: string;
  normalisedRecipient: string | null;
  isInternational: boolean;
  /** Values by placeholder name as written in the template; repeated columns become lists. */
  personalisation: Record<string, string | string[]>;
  errors: RowError[];
};

export type FormulaCell = { rowNumber: number; column: string };

export type SpreadsheetCheck =
  | { ok: false; fileError: FileError }
  | {
      ok: true;
      isValid: boolean;
      columns: string[];
      recipientColumn: string;
      rows: CheckedRow[];
      rowCount: number;
      rowsWithErrors: number;
      /** The first `maxErrorsShown` rows with errors. */
      shownErrorRows: CheckedRow[];
      /** "fix 2 phone numbers", "enter missing data in 1 row", … (Notify's "You need to" list). */
      errorSummary: string[];
      formulaCells: FormulaCell[];
      smsParts: number;
    };

const RECIPIENT_COLUMN = { sms: "phone number", email: "email address" } as const;

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function quoteList(names: string[]): string {
  const quoted = names.map((n) => `‘${n}’`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

function fileError(code: FileError["code"], heading: string, body: string): SpreadsheetCheck {
  return { ok: false, fileError: { code, heading, body } };
}

function parseRows(text: string, fileName: string): string[][] {
  const ext = extension(fileName);
  const delimiter = ext === "tsv" ? "\t" : ext === "csv" ? "," : "";
  const body = text.replace(/^\uFEFF/, "").trim();
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, header: false });
  return result.data;
}

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;

function cleanCell(value: string | undefined): string {
  if (!value) return "";
  return value.replace(ZERO_WIDTH, "").trim();
}

/** Checks a recipients file. Never throws for bad input: every problem comes back as a value. */
export function checkSpreadsheet(bytes: Uint8Array, options: CheckOptions): SpreadsheetCheck {
  const { fileName, template } = options;
  const maxRows = options.maxRows ?? MAX_ROWS;
  const maxErrorsShown = options.maxErrorsShown ?? 50;
  const recipientHeading = RECIPIENT_COLUMN[template.type];
  const recipientKey = normalisePlaceholderKey(recipientHeading);

  if (!(SPREADSHEET_EXTENSIONS as readonly string[]).includes(extension(fileName))) {
    return fileError("not-a-spreadsheet", `${fileName} is not a spreadsheet that Notify can read`, "Save your file as a CSV (comma-separated values) or TSV file, then upload it again.");
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fileError("too-big", "The file is too big", "Your file must be smaller than 10MB. Split it into smaller files and upload them one at a time.");
  }
  const decoded = decodeSpreadsheetBytes(bytes);
  if (!decoded.ok) {
    return fileError("unreadable", `Could not read ${fileName}`, "Try using a different file format. Save your spreadsheet as a CSV file and upload it again.");
  }

  let records: string[][];
  try {
    records = parseRows(decoded.text, fileName);
  } catch {
    return fileError("unreadable", `Could not read ${fileName}`, "Try using a different file format. Save your spreadsheet as a CSV file and upload it again.");
  }

  const header = (records[0] ?? []).map((cell) => cleanCell(cell));
  const dataRecords = records.slice(1);
  if (header.length > MAX_COLUMNS) {
    return fileError("too-many-columns", "Your file has too many columns", `Notify can process up to ${MAX_COLUMNS.toLocaleString("en-US")} columns. Your file has ${header.length.toLocaleString("en-US")} columns.`);
  }

  // Which data records hold anything at all (blank rows are skipped but keep their row numbers).
  const nonBlank: number[] = [];
  for (let i = 0; i < dataRecords.length; i += 1) {
    const record = dataRecords[i] ?? [];
    if (record.some((cell) => cleanCell(cell) !== "")) nonBlank.push(i);
  }
  if (nonBlank.length > maxRows) {
    return fileError(
      "too-many-rows",
      "Your file has too many rows",
      `Notify can process up to ${maxRows.toLocaleString("en-US")} rows at once. Your file has ${nonBlank.length.toLocaleString("en-US")} rows.`,
    );
  }

  // Columns
  const columnKeys = header.map((h) => normalisePlaceholderKey(h));
  const recipientIndexes = columnKeys.flatMap((key, i) => (key === recipientKey ? [i] : []));
  if (recipientIndexes.length > 1) {
    return fileError(
      "duplicate-recipient-column",
      "There’s a problem with your column names",
      `We found more than one column called ${recipientHeading}. Delete or rename one of these columns and try again.`,
    );
  }
  const placeholders: Placeholder[] = extractPlaceholders(template.subject, template.content).filter((p) => p.key !== recipientKey);
  const missingColumns = placeholders.filter((p) => !columnKeys.includes(p.key));
  if (nonBlank.length === 0) {
    const also = recipientIndexes.length === 0 ? ` and a column called ‘${recipientHeading}’` : "";
    return fileError("no-rows", "Your file is missing some rows", `It needs at least one row of data${also}.`);
  }
  if (recipientIndexes.length === 0) {
    const current = header.filter(Boolean);
    return fileError(
      "no-recipient-column",
      "There’s a problem with your column names",
      `Your file needs a column called ‘${recipientHeading}’.${current.length ? ` Right now it has ${current.length === 1 ? "a column" : "columns"} called ${quoteList(current)}.` : ""}`,
    );
  }
  if (missingColumns.length) {
    return fileError(
      "missing-columns",
      "Your column names need to match the double brackets in your template",
      `Your file is missing ${missingColumns.length === 1 ? "a column" : "columns"} called ${quoteList(missingColumns.map((p) => p.name))}.`,
    );
  }

  const recipientIndex = recipientIndexes[0] as number;
  const placeholderColumns = placeholders.map((p) => ({ placeholder: p, indexes: columnKeys.flatMap((key, i) => (key === p.key ? [i] : [])) }));
  const trialRecipients = options.trialModeRecipients ? new Set(options.trialModeRecipients) : null;
  const trialRejected: string[] = [];

  const rows: CheckedRow[] = [];
  const shownErrorRows: CheckedRow[] = [];
  const formulaCells: FormulaCell[] = [];
  const errorKinds = { recipient: 0, missing: 0, "too-long": 0, empty: 0 };
  let rowsWithErrors = 0;
  let smsParts = 0;

  for (const i of nonBlank) {
    const record = dataRecords[i] ?? [];
    const rowNumber = i + 2;
    const errors: RowError[] = [];
    const recipient = cleanCell(record[recipientIndex]);
    let normalisedRecipient: string | null = null;
    let isInternational = false;

    if (!recipient) {
      errors.push({ kind: "missing", column: recipientHeading, message: "Missing" });
    } else if (template.type === "sms") {
      const phone = validatePhoneNumber(recipient, { allowInternational: options.allowInternationalSms });
      if (phone.ok) {
        normalisedRecipient = phone.e164;
        isInternational = phone.isInternational;
      } else errors.push({ kind: "recipient", column: recipientHeading, message: phone.error });
    } else {
      const email = validateEmailAddress(recipient);
      if (email.ok) normalisedRecipient = email.normalised;
      else errors.push({ kind: "recipient", column: recipientHeading, message: email.error });
    }

    const personalisation: Record<string, string | string[]> = {};
    const valuesByKey = new Map<string, unknown>([[recipientKey, recipient]]);
    for (const { placeholder, indexes } of placeholderColumns) {
      const values = indexes.length === 1 ? [cleanCell(record[indexes[0] as number])].filter((v) => v !== "") : indexes.map((index) => cleanCell(record[index])).filter((v) => v !== "");
      if (values.length === 0) {
        errors.push({ kind: "missing", column: placeholder.name, message: "Missing" });
        continue;
      }
      const value = values.length === 1 ? (values[0] as string) : values;
      personalisation[placeholder.name] = value;
      valuesByKey.set(placeholder.key, value);
    }

    for (let c = 0; c < record.length; c += 1) {
      const cell = record[c];
      if (cell && isFormulaLike(cell) && !(c === recipientIndex && normalisedRecipient)) {
        formulaCells.push({ rowNumber, column: header[c] || `column ${c + 1}` });
      }
    }

    if (template.type === "sms" && !errors.some((e) => e.kind === "missing")) {
      const sms = renderSms(template.content, valuesByKey, { prefix: options.smsPrefix });
      const contentError = smsContentError(sms);
      if (contentError) errors.push({ kind: sms.isEmpty ? "empty" : "too-long", message: contentError });
      else smsParts += sms.count.parts;
    }

    if (trialRecipients && normalisedRecipient && !trialRecipients.has(normalisedRecipient) && !getSimulatedOutcome(normalisedRecipient)) {
      trialRejected.push(normalisedRecipient);
    }

    const row: CheckedRow = { rowNumber, index: i, recipient, normalisedRecipient, isInternational, personalisation, errors };
    rows.push(row);
    if (errors.length) {
      rowsWithErrors += 1;
      for (const kind of new Set(errors.map((e) => e.kind))) errorKinds[kind] += 1;
      if (shownErrorRows.length < maxErrorsShown) shownErrorRows.push(row);
    }
  }

  if (trialRejected.length && rowsWithErrors === 0) {
    const what = template.type === "sms" ? (trialRejected.length === 1 ? "this phone number" : "these phone numbers") : trialRejected.length === 1 ? "this email address" : "these email addresses";
    return fileError("trial-mode", `You cannot send to ${what}`, "In trial mode you can only send to yourself and members of your team");
  }

  const recipientNoun = template.type === "sms" ? ["phone number", "phone numbers"] : ["email address", "email addresses"];
  const errorSummary = [
    errorKinds.recipient ? `fix ${plural(errorKinds.recipient, recipientNoun[0] as string, recipientNoun[1] as string)}` : null,
    errorKinds.missing ? `enter missing data in ${plural(errorKinds.missing, "row", "rows")}` : null,
    errorKinds["too-long"] ? (errorKinds["too-long"] === 1 ? "shorten the message in 1 row" : `shorten the messages in ${errorKinds["too-long"]} rows`) : null,
    errorKinds.empty
      ? errorKinds.empty === 1
        ? "check you have content for the empty message in 1 row"
        : `check you have content for the empty messages in ${errorKinds.empty} rows`
      : null,
  ].filter((s): s is string => s !== null);

  return {
    ok: true,
    isValid: rowsWithErrors === 0,
    columns: header,
    recipientColumn: header[recipientIndex] ?? recipientHeading,
    rows,
    rowCount: rows.length,
    rowsWithErrors,
    shownErrorRows,
    errorSummary,
    formulaCells,
    smsParts,
  };
}
