// Checks an uploaded recipients file against a template, the way Notify's check page does:
// file-level problems first (file type and size, unreadable, too many rows, no rows, column
// problems), then every row (recipient, missing values, message too long or empty: the rules of
// lib/domain/notifications/prepare.ts, which every way of sending uses), then the trial-mode
// rule. The result feeds the check page, the API and the job fan-out alike.
// Pure: bytes (or text) in, a value out; it never throws for bad input.
import { checkNotificationRecipient, contentProblemMessage, invalidRecipientMessage, renderNotification } from "../notifications/prepare";
import { normaliseRecipientForComparison } from "../recipients/recipient";
import type { SuppressionList } from "../recipients/suppression";
import { EMPTY_MESSAGE_ERROR } from "../sms/segments";
import { fillPlaceholders, type Placeholder } from "../templates/placeholders";
import { checkFileAndColumns, fileError, type CheckFileOptions, type FileError, type SpreadsheetEncoding } from "./check-file";
import { isFormulaLike } from "./formula";
import type { SpreadsheetRecord } from "./read-rows";

export { MAX_FILE_BYTES, MAX_ROWS, SPREADSHEET_EXTENSIONS, type FileError, type FileErrorCode, type TemplateForCheck } from "./check-file";

export const DEFAULT_MAX_ERRORS_SHOWN = 50;

export type CheckSpreadsheetOptions = CheckFileOptions & {
  /** How many rows with errors to return in `shownErrorRows` (the rest are counted). Default 50. */
  maxErrorsShown?: number;
  allowInternationalSms?: boolean;
  /** The service name when the service prefixes its texts (it counts towards the parts). */
  smsPrefix?: string | null;
  /** Trial mode: only these recipients (team members and guest list), plus simulated ones. */
  trialMode?: { allowedRecipients: readonly string[] };
  /** The service's "do not send" list for the template's channel, and the sender the job sends from (per-number opt-outs). */
  suppressions?: { list: SuppressionList; sender: string | null };
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
  encoding: SpreadsheetEncoding;
};

export type SpreadsheetCheck = { ok: false; fileError: FileError } | CheckedSpreadsheet;

const RECIPIENT_NOUNS = { sms: ["phone number", "phone numbers"], email: ["email address", "email addresses"] } as const;
const MISSING = "Missing";

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
  const maxErrorsShown = options.maxErrorsShown ?? DEFAULT_MAX_ERRORS_SHOWN;
  const checked = checkFileAndColumns(input, options);
  if (!checked.ok) return checked;
  const { template } = options;
  const { header, records, encoding, columnKeys, recipientIndex, recipientKey, recipientHeading, placeholders, columnPlaceholders } = checked;

  // 3. Rows
  const recipientColumn = header[recipientIndex] ?? recipientHeading;
  const recipientPlaceholder: Placeholder | undefined = placeholders.find((p) => p.key === recipientKey);
  const placeholderColumns = columnPlaceholders.map((placeholder) => ({
    placeholder,
    column: header[columnKeys.indexOf(placeholder.key)] ?? placeholder.name,
    indexes: columnKeys.flatMap((key, i) => (key === placeholder.key ? [i] : [])),
  }));
  const allowedInTrial = options.trialMode ? new Set(options.trialMode.allowedRecipients.map(normaliseRecipientForComparison)) : null;
  const recipientRules = { allowInternational: options.allowInternationalSms ?? false, allowed: allowedInTrial, suppressed: options.suppressions?.list, sender: options.suppressions?.sender };
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
    let isTrialRejected = false;
    if (!recipient) {
      errors.push({ kind: "missing", column: recipientColumn, message: MISSING });
    } else {
      const result = checkNotificationRecipient(template.type, recipient, recipientRules);
      if (!("code" in result)) {
        normalisedRecipient = result.normalised;
        isInternational = result.isInternational;
      } else if (result.code === "recipient-not-allowed") {
        normalisedRecipient = result.normalised;
        isTrialRejected = true;
      } else {
        errors.push({ kind: "recipient", column: recipientColumn, message: invalidRecipientMessage(result, template.type) });
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
        const content = renderNotification({ templateType: "sms", subject: null, content: template.content }, values, options.smsPrefix ?? null);
        if ("code" in content) errors.push({ kind: content.code === "empty-message" ? "empty" : "too-long", message: contentProblemMessage(content) });
        else rowParts = content.billableUnits;
      } else if (!fillPlaceholders(template.content, values).trim()) {
        // Email rows are only checked for being empty: rendering each one (about 90 µs) would make
        // a 100,000-row check take 9 seconds.
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
    } else if (isTrialRejected) {
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
