// Field-level encryption for values we must be able to read back (personalisation, API key
// secrets, callback tokens, inbound SMS content): AES-256-GCM with a key derived from
// ENCRYPTION_KEY. Output: "v1.<iv>.<tag>.<ciphertext>" in base64url, so a key change can add v2.
import { createCipheriv, createDecipheriv, createHash, createSecretKey, type KeyObject } from "node:crypto";
import { takeRandomBytes } from "./random";

const VERSION = "v1";
const IV_BYTES = 12;

const derivedKeys = new Map<string, KeyObject>();

function deriveKey(secret: string): KeyObject {
  let key = derivedKeys.get(secret);
  if (!key) {
    key = createSecretKey(createHash("sha256").update(`notify-field-encryption:${secret}`).digest());
    if (derivedKeys.size > 16) derivedKeys.clear();
    derivedKeys.set(secret, key);
  }
  return key;
}

/** Names the key a value is encrypted with, without revealing it (stored beside prepared rows, so a new key is noticed). */
export function encryptionKeyId(secret: string): string {
  return createHash("sha256").update(`notify-field-encryption-key-id:${secret}`).digest("hex").slice(0, 16);
}

export function encrypt(plaintext: string, secret: string): string {
  const iv = takeRandomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(secret), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** Throws if the value was tampered with or encrypted with another key. */
export function decrypt(value: string, secret: string): string {
  const [version, iv, tag, body] = value.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Not an encrypted value");
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
