// Field-level encryption for values we must be able to read back (personalisation, API key
// secrets, callback tokens, inbound SMS content): AES-256-GCM with a key derived from
// ENCRYPTION_KEY. Output: "v1.<iv>.<tag>.<ciphertext>" in base64url, so a key change can add v2.
import { createCipheriv, createDecipheriv, createHash, createSecretKey, randomBytes, type KeyObject } from "node:crypto";

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

// Random IVs drawn from a block of CSPRNG bytes: one randomBytes call per 4,096 IVs instead of one
// per value (a small randomBytes call cost about twice the whole encryption). A used block is
// never refilled, only replaced, so every IV is still used once.
let ivBlock = Buffer.alloc(0);
let ivOffset = 0;

function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivBlock.length) {
    ivBlock = randomBytes(IV_BYTES * 4096);
    ivOffset = 0;
  }
  const iv = ivBlock.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

export function encrypt(plaintext: string, secret: string): string {
  const iv = nextIv();
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
