import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords";
import { createToken, hashSecret, isSameDigest, verifyToken } from "./tokens";

const SECRET = "a-test-secret-that-is-at-least-32-characters";

describe("link tokens", () => {
  it("round-trip with their purpose, subject and extra fields", () => {
    const token = createToken("reset-password", "user-1", 3600, SECRET, { pwd: 1234 });
    expect(verifyToken(token, "reset-password", SECRET)).toMatchObject({ ok: true, payload: { sub: "user-1", pwd: 1234 } });
  });

  it("refuse another purpose, another key, tampering and expiry", () => {
    const token = createToken("confirm-email", "user-1", 60, SECRET, {}, Date.now());
    expect(verifyToken(token, "reset-password", SECRET)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(token, "confirm-email", `${SECRET}x`)).toEqual({ ok: false, reason: "invalid" });
    const [data, signature] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ purpose: "confirm-email", sub: "admin", exp: 9e9 })).toString("base64url")}.${signature}`;
    expect(verifyToken(forged, "confirm-email", SECRET)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(`${data}.${signature}.x`, "confirm-email", SECRET)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(token, "confirm-email", SECRET, Date.now() + 61_000)).toEqual({
      ok: false,
      reason: "expired",
      payload: expect.objectContaining({ purpose: "confirm-email", sub: "user-1" }),
    });
    expect(verifyToken("garbage", "confirm-email", SECRET)).toEqual({ ok: false, reason: "invalid" });
  });

  it("hash stored secrets so equal values compare equal in constant time", () => {
    expect(isSameDigest(hashSecret("123456", SECRET), hashSecret("123456", SECRET))).toBe(true);
    expect(isSameDigest(hashSecret("123456", SECRET), hashSecret("123457", SECRET))).toBe(false);
    expect(isSameDigest(hashSecret("123456", SECRET), "abcd")).toBe(false);
  });
});

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "Correct horse battery staple")).toBe(false);
    expect(await verifyPassword(null, "anything")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
