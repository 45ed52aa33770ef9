// Our one-click unsubscribe links: `${NOTIFY_BASE_URL}/unsubscribe/<notification id>/<token>`,
// the token being HMAC-SHA256 of the notification id under a key derived from SECRET_KEY. It is
// unguessable without the secret, and checked by recomputing it, so no table of issued links is
// kept (a spreadsheet of 100,000 rows stores nothing extra). The token is a bearer secret: never
// log it, nor the full URL.
import { createHmac, timingSafeEqual } from "node:crypto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function unsubscribeToken(notificationId: string, secret: string): string {
  return createHmac("sha256", `notify-unsubscribe-link:${secret}`).update(notificationId.toLowerCase()).digest("base64url");
}

/** The page and the RFC 8058 POST target (the same URL: GET asks to confirm, POST records). */
export function unsubscribeUrl(baseUrl: string, notificationId: string, secret: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/unsubscribe/${notificationId}/${unsubscribeToken(notificationId, secret)}`;
}

/** Whether `token` is the one we issued for this notification id (constant-time). False for anything malformed. */
export function isValidUnsubscribeToken(notificationId: string, token: string, secret: string): boolean {
  if (!UUID.test(notificationId.toLowerCase()) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const expected = Buffer.from(unsubscribeToken(notificationId, secret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
