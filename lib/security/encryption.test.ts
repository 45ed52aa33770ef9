import { describe, expect, it } from "vitest";
import { decrypt, encrypt } from "./encryption";

const KEY = "a-test-key-that-is-at-least-32-characters-long";

describe("field encryption", () => {
  it("round-trips unicode text and never stores the plaintext", () => {
    const sealed = encrypt('{"name":"Zoë","code":"123456"}', KEY);
    expect(sealed).not.toContain("Zoë");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(decrypt(sealed, KEY)).toBe('{"name":"Zoë","code":"123456"}');
  });

  it("uses a fresh IV each time, across blocks of pre-drawn random bytes", () => {
    expect(encrypt("same", KEY)).not.toBe(encrypt("same", KEY));
    const sealed = Array.from({ length: 10_000 }, (_, i) => encrypt(`value ${i}`, KEY));
    expect(new Set(sealed.map((value) => value.split(".")[1])).size).toBe(10_000);
    expect(sealed.every((value, i) => decrypt(value, KEY) === `value ${i}`)).toBe(true);
  });

  it("refuses a tampered value or the wrong key", () => {
    const sealed = encrypt("secret", KEY);
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => decrypt(parts.join("."), KEY)).toThrow();
    expect(() => decrypt(sealed, `${KEY}-other`)).toThrow();
    expect(() => decrypt("plain text", KEY)).toThrow("Not an encrypted value");
  });
});
