// The small part of JWT that Notify's API authentication needs: read a token's header and claims
// without trusting them, and check an HS256 signature in constant time. No other algorithm is
// ever accepted, so "alg: none" and key-confusion tricks have nothing to work with.
import { createHmac, timingSafeEqual } from "node:crypto";

export type DecodedJwt = { header: Record<string, unknown>; claims: Record<string, unknown>; signingInput: string; signature: Buffer };

function parsePart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Splits and parses a compact JWS; null when it isn't one. Nothing here is verified. */
export function decodeJwt(token: string): DecodedJwt | null {
  if (token.length > 4096) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [h = "", c = "", s = ""] = parts;
  if (!/^[A-Za-z0-9_-]+$/.test(h) || !/^[A-Za-z0-9_-]+$/.test(c) || !/^[A-Za-z0-9_-]*$/.test(s)) return null;
  const header = parsePart(h);
  const claims = parsePart(c);
  if (!header || !claims) return null;
  return { header, claims, signingInput: `${h}.${c}`, signature: Buffer.from(s, "base64url") };
}

/** Whether `secret` (as UTF-8 bytes, like Notify's clients) produced this token's HS256 signature. */
export function hasValidHs256Signature(token: DecodedJwt, secret: string): boolean {
  const expected = createHmac("sha256", secret).update(token.signingInput).digest();
  return expected.length === token.signature.length && timingSafeEqual(expected, token.signature);
}

/** Makes an HS256 token (for tests, benchmarks and our own tooling). */
export function signHs256(claims: Record<string, unknown>, secret: string): string {
  const header = Buffer.from(JSON.stringify({ typ: "JWT", alg: "HS256" })).toString("base64url");
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const signature = createHmac("sha256", secret).update(`${header}.${body}`).digest("base64url");
  return `${header}.${body}.${signature}`;
}
