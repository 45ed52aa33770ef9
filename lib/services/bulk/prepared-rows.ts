// Prepared rows: a checked upload's notifications, made once and kept beside the file.
//
// The check page has every row of the file checked in memory. After its response it encrypts each
// row's personalisation and stores the rows in the form the fan-out loads them (COPY text, see
// jobNotificationCopyText), under a digest of everything the check depended on: the file, the
// template, the service's rules (trial mode and who it may send to, international texts, the name
// prefix) and the encryption key. "Send" and the worker's fan-out then use them instead of checking
// and encrypting the whole file again, but only while that digest still matches: a changed guest
// list, template, setting or key (or no prepared rows yet) means they check the file again, as before.
// The prepared rows hold what the file holds (the personalisation encrypted), so they go with it.
import { createHash } from "node:crypto";
import { jobNotificationCopyText, type JobNotificationRow } from "../../db/bulk";
import type { CheckedRow, CheckSpreadsheetOptions } from "../../domain/csv/check-spreadsheet";
import { encrypt, encryptionKeyId } from "../../security/encryption";
import type { FileStorage } from "../../providers/storage";

const FORMAT = "notify-prepared-rows/1";
/** Rows encrypted between two turns of the event loop, so other requests aren't held up for long. */
const ROWS_PER_TURN = 2_000;

type Header = { format: string; digest: string; rows: number };

export function preparedRowsKey(storageKey: string): string {
  return `${storageKey}.prepared`;
}

/** Identifies one check: the same file checked the same way with the same key has the same digest. */
export function spreadsheetCheckDigest(bytes: Uint8Array, options: CheckSpreadsheetOptions, encryptionKey: string): string {
  // Not the "do not send" list: a file that passed with it still passes without it, and the fan-out
  // skips whoever is on the list when it runs (lib/db/bulk.ts).
  const { suppressions: _suppressions, ...checked } = options;
  const rules = { ...checked, trialMode: options.trialMode ? [...options.trialMode.allowedRecipients].sort() : null };
  return createHash("sha256").update(FORMAT).update(JSON.stringify(rules)).update(encryptionKeyId(encryptionKey)).update(bytes).digest("hex");
}

/** A checked row as the notification the fan-out stores (personalisation encrypted). */
export function jobNotificationRow(row: CheckedRow, encryptionKey: string): JobNotificationRow {
  return {
    to: row.recipient,
    normalisedTo: row.normalisedRecipient ?? row.recipient,
    personalisationEncrypted: encrypt(JSON.stringify(row.personalisation), encryptionKey),
    jobRowNumber: row.index,
    billableUnits: row.smsParts,
    international: row.isInternational,
  };
}

/** Encrypts and stores the rows of a valid check (call it when nobody is waiting: it takes about a second per 100,000 rows). */
export async function savePreparedRows(storage: FileStorage, storageKey: string, digest: string, rows: readonly CheckedRow[], encryptionKey: string): Promise<void> {
  const header: Header = { format: FORMAT, digest, rows: rows.length };
  const lines = [JSON.stringify(header)];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (row) lines.push(jobNotificationCopyText(jobNotificationRow(row, encryptionKey)));
    if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  lines.push("");
  await storage.put(preparedRowsKey(storageKey), Buffer.from(lines.join("\n")), { contentType: "text/plain" });
}

function parseHeader(line: string, digest: string): Header | null {
  try {
    const header = JSON.parse(line) as Partial<Header>;
    return header.format === FORMAT && header.digest === digest && typeof header.rows === "number" ? (header as Header) : null;
  } catch {
    return null;
  }
}

/**
 * How many rows were prepared by a check with this digest (null if none were), reading only the
 * start of the file: what "Send" needs to start the job.
 */
export async function countPreparedRows(storage: FileStorage, storageKey: string, digest: string): Promise<number | null> {
  const file = await storage.open(preparedRowsKey(storageKey));
  if (!file) return null;
  const reader = file.body.getReader();
  const decoder = new TextDecoder();
  let start = "";
  try {
    while (!start.includes("\n")) {
      const { value, done } = await reader.read();
      if (done) return null;
      start += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return parseHeader(start.slice(0, start.indexOf("\n")), digest)?.rows ?? null;
}

/** The prepared rows (COPY text, in row order) if they were made by a check with this digest; otherwise null. */
export async function loadPreparedRows(storage: FileStorage, storageKey: string, digest: string): Promise<string[] | null> {
  const bytes = await storage.get(preparedRowsKey(storageKey));
  if (!bytes) return null;
  const text = bytes.toString("utf8");
  const end = text.indexOf("\n");
  const header = end < 0 ? null : parseHeader(text.slice(0, end), digest);
  if (!header) return null;
  const lines = text.slice(end + 1).split("\n");
  lines.pop(); // after the last row's new line
  return lines.length === header.rows ? lines : null;
}

export async function deletePreparedRows(storage: FileStorage, storageKey: string): Promise<void> {
  await storage.delete(preparedRowsKey(storageKey));
}
