// Field-level encryption for values we must be able to read back (personalisation, API key
// secrets, callback tokens, inbound SMS content): AES-256-GCM with a key derived from
// ENCRYPTION_KEY. Output: "v2.<key id>.<iv>.<tag>.<ciphertext>" in base64url. The key id says which
// key sealed a value, so the key can be rotated in place: the new key encrypts, the old ones
// (ENCRYPTION_KEY_PREVIOUS) still decrypt, and `npm run encryption:rotate` re-encrypts what is stored.
// Values from before key ids ("v1.<iv>.<tag>.<ciphertext>") are tried with each key in turn.
import { createCipheriv, createDecipheriv, createHash, createSecretKey, type KeyObject } from "node:crypto";
import { takeRandomBytes } from "./random";

const VERSION = "v2";
const IV_BYTES = 12;

/** The key that encrypts, and older keys that may still be needed to decrypt. */
export type EncryptionKeys = { current: string; previous?: readonly string[] };

type DerivedKey = { key: KeyObject; id: string };
const derivedKeys = new Map<string, DerivedKey>();

function derive(secret: string): DerivedKey {
  let derived = derivedKeys.get(secret);
  if (!derived) {
    derived = {
      key: createSecretKey(createHash("sha256").update(`notify-field-encryption:${secret}`).digest()),
      id: createHash("sha256").update(`notify-field-encryption-key-id:${secret}`).digest("hex").slice(0, 16),
    };
    if (derivedKeys.size > 16) derivedKeys.clear();
    derivedKeys.set(secret, derived);
  }
  return derived;
}

/** Names a key without revealing it (stored in every value it encrypts). */
export function encryptionKeyId(secret: string): string {
  return derive(secret).id;
}

/** How every value this key seals begins (so stored values can be told apart by key without decrypting them). */
export function sealedPrefix(secret: string): string {
  return `${VERSION}.${encryptionKeyId(secret)}.`;
}

/** Whether a stored value is sealed with this key (so re-encrypting it would change nothing). */
export function isEncryptedWith(value: string, secret: string): boolean {
  return value.startsWith(sealedPrefix(secret));
}

export function encrypt(plaintext: string, secret: string): string {
  const { key, id } = derive(secret);
  const iv = takeRandomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

function open(secret: string, iv: string, tag: string, body: string): string {
  const decipher = createDecipheriv("aes-256-gcm", derive(secret).key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** Throws if the value was tampered with, or sealed with a key not given here. */
export function decrypt(value: string, keys: string | EncryptionKeys): string {
  const ring = typeof keys === "string" ? [keys] : [keys.current, ...(keys.previous ?? [])];
  const parts = value.split(".");
  if (parts[0] === VERSION && parts.length === 5) {
    const [, id, iv = "", tag = "", body = ""] = parts;
    const secret = ring.find((candidate) => encryptionKeyId(candidate) === id);
    if (secret === undefined) throw new Error("Encrypted with a key this app doesn't have: set it in ENCRYPTION_KEY_PREVIOUS");
    return open(secret, iv, tag, body);
  }
  if (parts[0] === "v1" && parts.length === 4) {
    const [, iv = "", tag = "", body = ""] = parts;
    let failure: unknown;
    for (const secret of ring) {
      try {
        return open(secret, iv, tag, body);
      } catch (error) {
        failure = error;
      }
    }
    throw failure;
  }
  throw new Error("Not an encrypted value");
}
