import { describe, expect, it } from "vitest";
import { createCipheriv, createHash } from "node:crypto";
import { decrypt, encrypt, encryptionKeyId, isEncryptedWith } from "./encryption";

const KEY = "a-test-key-that-is-at-least-32-characters-long";

describe("field encryption", () => {
  it("round-trips unicode text and never stores the plaintext", () => {
    const sealed = encrypt('{"name":"Zoë","code":"123456"}', KEY);
    expect(sealed).not.toContain("Zoë");
    expect(sealed.startsWith(`v2.${encryptionKeyId(KEY)}.`)).toBe(true);
    expect(isEncryptedWith(sealed, KEY)).toBe(true);
    expect(decrypt(sealed, KEY)).toBe('{"name":"Zoë","code":"123456"}');
  });

  it("uses a fresh IV each time, across blocks of pre-drawn random bytes", () => {
    expect(encrypt("same", KEY)).not.toBe(encrypt("same", KEY));
    const sealed = Array.from({ length: 10_000 }, (_, i) => encrypt(`value ${i}`, KEY));
    expect(new Set(sealed.map((value) => value.split(".")[2])).size).toBe(10_000);
    expect(sealed.every((value, i) => decrypt(value, KEY) === `value ${i}`)).toBe(true);
  });

  it("refuses a tampered value or the wrong key", () => {
    const sealed = encrypt("secret", KEY);
    const parts = sealed.split(".");
    const body = Buffer.from(parts[4] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[4] = body.toString("base64url");
    expect(() => decrypt(parts.join("."), KEY)).toThrow();
    expect(() => decrypt(sealed, `${KEY}-other`)).toThrow("Encrypted with a key this app doesn't have: set it in ENCRYPTION_KEY_PREVIOUS");
    expect(() => decrypt("plain text", KEY)).toThrow("Not an encrypted value");
  });

  it("decrypts with the previous keys too, so the key can be rotated in place", () => {
    const NEW = `${KEY}-new`;
    const sealedWithOld = encrypt("personalisation", KEY);
    expect(decrypt(sealedWithOld, { current: NEW, previous: [KEY] })).toBe("personalisation");
    expect(() => decrypt(sealedWithOld, { current: NEW })).toThrow("ENCRYPTION_KEY_PREVIOUS");
    expect(isEncryptedWith(sealedWithOld, NEW)).toBe(false);
    expect(encryptionKeyId(NEW)).not.toBe(encryptionKeyId(KEY));
    expect(encryptionKeyId(KEY)).not.toContain(KEY.slice(0, 8));
  });

  it("still reads values from before key ids (v1), trying each key", () => {
    const key = createHash("sha256").update(`notify-field-encryption:${KEY}`).digest();
    const iv = Buffer.alloc(12, 1);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    const body = Buffer.concat([cipher.update("old value", "utf8"), cipher.final()]);
    const v1 = ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
    expect(decrypt(v1, KEY)).toBe("old value");
    expect(decrypt(v1, { current: `${KEY}-new`, previous: [KEY] })).toBe("old value");
    expect(() => decrypt(v1, `${KEY}-new`)).toThrow();
  });
});
