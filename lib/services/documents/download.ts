// The public download page of a file sent by email (/d/{service}/{document}?key=…). Nothing here
// tells anyone without the link whether a document exists: an unknown document, a wrong key, a
// wrong email address and too many attempts all get the same answer ("not available"). Only the
// holder of a right key learns more: that the file has expired, or that they must confirm their
// email address first. Attempts to confirm are counted per document and per address (IP) before
// they are checked, whether or not the document exists.
import { findDocument, type StoredDocument } from "../../db/documents";
import { extensionForType } from "../../domain/documents/files";
import { validateEmailAddress } from "../../domain/recipients/email";
import { looksLikeId } from "../../domain/ids";
import { getEnv } from "../../env";
import { logger } from "../../logger";
import type { FileStorage } from "../../providers/storage";
import { isDocumentRecipient, isDocumentSecret, openDocument } from "../../security/document-encryption";
import { getProviders } from "../delivery/providers";
import { countPublicRequest } from "../security/public-rate-limit";

/** Confirmation attempts per document, and per client address, in one window. */
export const CONFIRM_LIMITS = { perDocument: 10, perAddress: 50, windowSeconds: 3600 } as const;

export type DocumentLink = { serviceId: string; documentId: string; key: string };

export type DownloadPage =
  | { state: "not-available" }
  | { state: "expired"; serviceName: string; contact: string | null }
  | { state: "ready"; serviceName: string; contact: string | null; confirmEmail: boolean; filename: string; sizeBytes: number };

export type DownloadedFile = { filename: string; mimeType: string; bytes: Buffer };

/** The document the link opens (deleted or expired included), or null for an unknown document or a wrong key. */
async function findLinkedDocument(link: DocumentLink): Promise<StoredDocument | null> {
  if (!looksLikeId(link.serviceId) || !looksLikeId(link.documentId) || !/^[A-Za-z0-9_-]{20,100}$/.test(link.key)) return null;
  const document = await findDocument(link.serviceId, link.documentId);
  return document && isDocumentSecret(link.key, document.keyHash) ? document : null;
}

function isGone(document: StoredDocument, now: Date): boolean {
  return document.deletedAt !== null || document.expiresAt <= now;
}

export function downloadFilename(document: Pick<StoredDocument, "filename" | "mimeType">): string {
  return document.filename ?? `file.${extensionForType(document.mimeType)}`;
}

/** What the download page shows for this link. */
export async function getDownloadPage(link: DocumentLink, now = new Date()): Promise<DownloadPage> {
  const document = await findLinkedDocument(link);
  if (!document) return { state: "not-available" };
  const about = { serviceName: document.service.name, contact: document.service.contactLink };
  if (isGone(document, now)) return { state: "expired", ...about };
  return { state: "ready", ...about, confirmEmail: document.confirmEmail, filename: downloadFilename(document), sizeBytes: document.sizeBytes };
}

async function readFile(document: StoredDocument, key: string, storage: FileStorage): Promise<DownloadedFile | null> {
  const sealed = await storage.get(document.storageKey);
  if (!sealed) return null;
  return { filename: downloadFilename(document), mimeType: document.mimeType, bytes: openDocument(sealed, key, document.id) };
}

async function withinLimits(link: DocumentLink, clientAddress: string, now: Date): Promise<boolean> {
  const window = CONFIRM_LIMITS.windowSeconds;
  const [perDocument, perAddress] = await Promise.all([
    countPublicRequest(`document-confirm:${link.documentId.slice(0, 36)}`, window, now.getTime()),
    countPublicRequest(`document-confirm-ip:${clientAddress.slice(0, 64)}`, window, now.getTime()),
  ]);
  return perDocument <= CONFIRM_LIMITS.perDocument && perAddress <= CONFIRM_LIMITS.perAddress;
}

/**
 * The file, when the link is right and the file needs no confirmation (or `emailAddress` is the one
 * it was sent to); null otherwise, whatever the reason.
 */
export async function downloadDocument(
  link: DocumentLink,
  { emailAddress, clientAddress, now = new Date(), storage = getProviders().documents }: { emailAddress?: string; clientAddress: string; now?: Date; storage?: FileStorage },
): Promise<DownloadedFile | null> {
  if (emailAddress !== undefined && !(await withinLimits(link, clientAddress, now))) {
    logger.warn({ documentId: link.documentId }, "too many attempts to confirm an email address for a file");
    return null;
  }
  const document = await findLinkedDocument(link);
  if (!document || isGone(document, now)) return null;
  if (document.confirmEmail) {
    const address = validateEmailAddress(emailAddress ?? "");
    if (!address.ok || !isDocumentRecipient(address.normalised, document.id, getEnv().SECRET_KEY, document.recipientHash)) return null;
  }
  return readFile(document, link.key, storage);
}

/**
 * A Content-Disposition that any browser reads safely: an ASCII fallback name (quotes, backslashes
 * and anything outside printable ASCII replaced) and the real name in RFC 5987 form.
 */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
