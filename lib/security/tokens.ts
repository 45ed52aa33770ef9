// Signed, expiring tokens for links we email (confirm your email, reset your password, invitations).
// Format: base64url(JSON payload) + "." + base64url(HMAC-SHA256). The purpose is signed in, so a
// token made for one link can't be used for another.
import { createHmac, timingSafeEqual } from "node:crypto";

export type TokenPayload = { purpose: string; sub: string; exp: number; [key: string]: string | number };

/** An expired token's payload is still returned (its signature was good), so callers can tell whose it was. */
export type TokenCheck = { ok: true; payload: TokenPayload } | { ok: false; reason: "invalid" } | { ok: false; reason: "expired"; payload: TokenPayload };

function sign(data: string, secret: string): string {
  return createHmac("sha256", `notify-link-token:${secret}`).update(data).digest("base64url");
}

/** Makes a token valid for `ttlSeconds`. Extra fields are signed too (e.g. the password-changed time). */
export function createToken(purpose: string, subject: string, ttlSeconds: number, secret: string, extra: Record<string, string | number> = {}, now = Date.now()): string {
  const payload: TokenPayload = { ...extra, purpose, sub: subject, exp: Math.floor(now / 1000) + ttlSeconds };
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${data}.${sign(data, secret)}`;
}

export function verifyToken(token: string, purpose: string, secret: string, now = Date.now()): TokenCheck {
  const [data, signature, ...rest] = token.split(".");
  if (!data || !signature || rest.length) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(sign(data, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  let payload: TokenPayload;
  try {
    payload = JSON.parse(Buffer.from(data, "base64url").toString("utf8")) as TokenPayload;
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (payload.purpose !== purpose || typeof payload.sub !== "string" || typeof payload.exp !== "number") return { ok: false, reason: "invalid" };
  if (payload.exp * 1000 < now) return { ok: false, reason: "expired", payload };
  return { ok: true, payload };
}

/** SHA-256 of a secret value, for storing codes and session tokens without keeping them. */
export function hashSecret(value: string, secret: string): string {
  return createHmac("sha256", `notify-stored-secret:${secret}`).update(value).digest("hex");
}

/** Compares two hex digests in constant time. */
export function isSameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
