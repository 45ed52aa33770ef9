// Files sent by email are encrypted with a key of their own that only the download link carries:
// AES-256-GCM under a key derived (HKDF-SHA-256) from the link's 256-bit secret and the document
// id. The database keeps a SHA-256 of the secret to check a link, never the secret, so neither the
// bucket nor the database (nor both) can open a file without the link.
// Sealed layout: "ND1" | 12-byte IV | 16-byte tag | ciphertext.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, timingSafeEqual, createHmac } from "node:crypto";
import { takeRandomBytes } from "./random";

const MAGIC = Buffer.from("ND1");
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Bytes of the link's secret (256 bits: far past guessing). */
export const DOCUMENT_SECRET_BYTES = 32;

function fileKey(secret: string, documentId: string): Buffer {
  return Buffer.from(hkdfSync("sha256", Buffer.from(secret, "base64url"), Buffer.from(documentId), "notify-document-file", 32));
}

/** A fresh secret for a download link (base64url, 43 characters). */
export function newDocumentSecret(): string {
  return Buffer.from(takeRandomBytes(DOCUMENT_SECRET_BYTES)).toString("base64url");
}

/** What the database keeps to recognise a link's secret. */
export function documentKeyHash(secret: string): string {
  return createHash("sha256").update(`notify-document-key:${secret}`).digest("hex");
}

/** Whether `secret` is the one whose hash is stored (in constant time). */
export function isDocumentSecret(secret: string, keyHash: string): boolean {
  const given = Buffer.from(documentKeyHash(secret), "hex");
  const stored = Buffer.from(keyHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function sealDocument(bytes: Buffer, secret: string, documentId: string): Buffer {
  const iv = Buffer.from(takeRandomBytes(IV_BYTES));
  const cipher = createCipheriv("aes-256-gcm", fileKey(secret, documentId), iv);
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
}

/** The file's bytes; throws when the secret is wrong or the stored bytes were changed. */
export function openDocument(sealed: Buffer, secret: string, documentId: string): Buffer {
  if (sealed.length < MAGIC.length + IV_BYTES + TAG_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("not a sealed document");
  const iv = sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = sealed.subarray(MAGIC.length + IV_BYTES, MAGIC.length + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", fileKey(secret, documentId), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(MAGIC.length + IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** A keyed hash of the recipient's normalised address for one document (checked when they confirm it). */
export function documentRecipientHash(normalisedEmail: string, documentId: string, secretKey: string): string {
  return createHmac("sha256", secretKey).update(`notify-document-recipient:${documentId}:${normalisedEmail}`).digest("hex");
}

export function isDocumentRecipient(normalisedEmail: string, documentId: string, secretKey: string, recipientHash: string): boolean {
  const given = Buffer.from(documentRecipientHash(normalisedEmail, documentId, secretKey), "hex");
  const stored = Buffer.from(recipientHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
