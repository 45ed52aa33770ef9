// The address a public request came from, for rate limits: the first X-Forwarded-For entry (the
// platform's router sets it), else "unknown". A client can put its own entry first, so this only
// limits well-behaved floods; the signed links are what keep unsubscribing safe.
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
