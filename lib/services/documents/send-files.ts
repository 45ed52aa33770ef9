// The storing half of "send a file by email", for the API send (lib/services/notifications/
// send-api-notification.ts). prepareNotification checks the files and asks here for each one's
// link; once the message is good, the files are scanned (when a scanner is configured), encrypted
// under their link's secret and written to the documents store, and their rows go into the same
// transaction as the notification. Anything that stops the send afterwards deletes what was written.
import type { NewDocumentRow } from "../../db/documents";
import type { CheckedFile } from "../../domain/documents/files";
import { FILE_ERRORS } from "../../domain/documents/files";
import type { FileSending } from "../../domain/notifications/prepare";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import type { FileStorage } from "../../providers/storage";
import { documentKeyHash, documentRecipientHash, newDocumentSecret, sealDocument } from "../../security/document-encryption";
import { uuidv7 } from "../../security/random";
import { getProviders } from "../delivery/providers";

const WEEK_MS = 7 * 86_400_000;

/** The public download page of one file; `key` is the secret that opens it. */
export function documentUrl(baseUrl: string, serviceId: string, documentId: string, secret: string): string {
  return `${baseUrl.replace(/\/$/, "")}/d/${serviceId}/${documentId}?key=${secret}`;
}

/** The storage key of a document's encrypted bytes. */
export function documentStorageKey(serviceId: string, documentId: string): string {
  return `${serviceId}/${documentId}`;
}

type Issued = { id: string; secret: string };

/**
 * What prepareNotification needs to send files for this service: whether it may, and a link for
 * each file (a new id and secret per file, kept here by link for storeSentFiles).
 */
export function fileSending(serviceId: string, isSetUp: boolean): FileSending & { issued: Map<string, Issued> } {
  const issued = new Map<string, Issued>();
  return {
    isSetUp,
    issued,
    link: () => {
      const id = uuidv7();
      const secret = newDocumentSecret();
      const url = documentUrl(getEnv().NOTIFY_BASE_URL, serviceId, id, secret);
      issued.set(url, { id, secret });
      return url;
    },
  };
}

/**
 * Asks the scanner at FILE_SCAN_URL about each file (off when unset). The scanner takes the bytes
 * as the POST body and answers 200 with JSON `{"virus_free": true|false}`; a file it doesn't call
 * virus free is refused with Notify's message, and a scanner that can't answer fails the send.
 */
export async function scanFiles(files: readonly CheckedFile[], scanUrl = getEnv().FILE_SCAN_URL, fetcher: typeof fetch = fetch): Promise<void> {
  if (!scanUrl) return;
  for (const file of files) {
    let verdict: unknown;
    try {
      const response = await fetcher(scanUrl, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: new Uint8Array(file.bytes), signal: AbortSignal.timeout(30_000) });
      verdict = response.ok ? ((await response.json()) as { virus_free?: unknown }).virus_free : undefined;
      if (!response.ok) logger.warn({ status: response.status }, "the file scanner refused a request");
    } catch (error) {
      logger.warn({ error: (error as Error).message }, "the file scanner could not be reached");
    }
    if (verdict === false) throw new AppError("BAD_REQUEST", FILE_ERRORS.virus);
    if (verdict !== true) throw new AppError("INTERNAL", "Antivirus API error");
  }
}

export type StoredFiles = { rows: NewDocumentRow[]; discard: () => Promise<void> };

/**
 * Encrypts and writes each prepared file, returning the rows to insert with the notification and
 * `discard`, which deletes the written files (call it when the send doesn't go ahead). A failed
 * write deletes the files already written before it throws.
 */
export async function storeSentFiles({
  serviceId,
  documents,
  issued,
  recipient,
  now,
  storage = getProviders().documents,
}: {
  serviceId: string;
  documents: ReadonlyArray<CheckedFile & { url: string }>;
  issued: ReadonlyMap<string, Issued>;
  /** The normalised email address the files are sent to (what the download page asks for). */
  recipient: string;
  now: Date;
  storage?: FileStorage;
}): Promise<StoredFiles> {
  const written: string[] = [];
  const discard = async () => {
    for (const key of written.splice(0)) await storage.delete(key).catch((error: Error) => logger.error({ error: error.message, serviceId }, "could not delete the file of a refused send"));
  };
  const rows: NewDocumentRow[] = [];
  try {
    for (const document of documents) {
      const link = issued.get(document.url);
      if (!link) throw new Error("a file has no issued link");
      const storageKey = documentStorageKey(serviceId, link.id);
      written.push(storageKey);
      await storage.put(storageKey, sealDocument(document.bytes, link.secret, link.id), { contentType: "application/octet-stream" });
      rows.push({
        id: link.id,
        filename: document.filename,
        mimeType: document.mimeType,
        sizeBytes: document.bytes.length,
        storageKey,
        keyHash: documentKeyHash(link.secret),
        retentionWeeks: document.retentionWeeks,
        expiresAt: new Date(now.getTime() + document.retentionWeeks * WEEK_MS),
        confirmEmail: document.confirmEmail,
        recipientHash: documentRecipientHash(recipient, link.id, getEnv().SECRET_KEY),
      });
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return { rows, discard };
}
