// Our one-click unsubscribe links: `${NOTIFY_BASE_URL}/unsubscribe/<notification id>/<token>`. The
// token is the notification id and the recipient's address, sealed with ENCRYPTION_KEY (AES-256-GCM,
// lib/security/encryption.ts): unforgeable without the key, bound to its notification, and it
// carries the address, so a link still works after the email's retention, when the notification
// has moved to history without its recipient (as GOV.UK Notify's links do). Nothing is stored per
// link, and rotating ENCRYPTION_KEY keeps old links working while the old key is in
// ENCRYPTION_KEY_PREVIOUS. The token is a bearer secret holding PII: never log it, nor the URL.
import { decrypt, encrypt, type EncryptionKeys } from "./encryption";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What encrypt() writes: "v2.<key id>.<iv>.<tag>.<ciphertext>", base64url parts (an address is at most 255 characters). */
const SEALED = /^v2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{1,400}$/;

export function unsubscribeToken(notificationId: string, emailAddress: string, encryptionKey: string): string {
  return encrypt(`${notificationId.toLowerCase()}\n${emailAddress}`, encryptionKey);
}

/** The page and the RFC 8058 POST target (the same URL: GET asks to confirm, POST records). */
export function unsubscribeUrl(baseUrl: string, notification: { id: string; to: string }, encryptionKey: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/unsubscribe/${notification.id}/${unsubscribeToken(notification.id, notification.to, encryptionKey)}`;
}

/** The recipient's address when `token` is one we issued for this notification id; null for anything else. */
export function readUnsubscribeToken(notificationId: string, token: string, keys: string | EncryptionKeys): { emailAddress: string } | null {
  const id = notificationId.toLowerCase();
  if (!UUID.test(id) || !SEALED.test(token)) return null;
  let opened: string;
  try {
    opened = decrypt(token, keys);
  } catch {
    return null; // tampered with, or sealed with a key we don't have
  }
  const [sealedId, emailAddress] = opened.split("\n");
  return sealedId === id && emailAddress ? { emailAddress } : null;
}
