// The public side of one-click unsubscribe: checking a link and recording the request. No actor:
// the signed link is the only credential, and it only ever adds a request for its own email.
import { findEmailForUnsubscribe, insertUnsubscribeRequest, type UnsubscribableNotification } from "../../db/unsubscribe-requests";
import { encryptionKeys } from "../../env";
import { logger } from "../../logger";
import { readUnsubscribeToken } from "../../security/unsubscribe-link";
import { takePublicRateLimit } from "../security/public-rate-limit";

/** Requests per client address per minute (a mail provider posts for many of its users). */
export const UNSUBSCRIBE_RATE_LIMIT = 120;

export type UnsubscribeLinkCheck = "valid" | "invalid";
export type UnsubscribeOutcome = "recorded" | "invalid";

type Link = { notificationId: string; token: string; clientKey: string };

/** The email a link we issued is for, with its recipient (from the link); null for anything else. */
async function emailFor({ notificationId, token }: Link): Promise<UnsubscribableNotification | null> {
  const link = readUnsubscribeToken(notificationId, token, encryptionKeys());
  if (!link) return null;
  const email = await findEmailForUnsubscribe(notificationId.toLowerCase());
  return email ? { ...email, to: link.emailAddress } : null;
}

/**
 * Whether the link is one we issued for an email we sent (still held or past its retention). A
 * forged token and an unknown notification get the same answer, so the page reveals nothing about
 * which ids exist. Throws AppError RATE_LIMITED past UNSUBSCRIBE_RATE_LIMIT a minute for `clientKey`.
 */
export async function checkUnsubscribeLink(link: Link): Promise<UnsubscribeLinkCheck> {
  await takePublicRateLimit(`unsubscribe:${link.clientKey}`, UNSUBSCRIBE_RATE_LIMIT, 60);
  return (await emailFor(link)) ? "valid" : "invalid";
}

/**
 * Records the recipient's request to unsubscribe (once per notification: repeating it changes
 * nothing and is still "recorded"). The token is checked before anything is read, and never logged.
 * Throws AppError RATE_LIMITED as checkUnsubscribeLink does.
 */
export async function recordUnsubscribeRequest(link: Link): Promise<UnsubscribeOutcome> {
  await takePublicRateLimit(`unsubscribe:${link.clientKey}`, UNSUBSCRIBE_RATE_LIMIT, 60);
  const email = await emailFor(link);
  if (!email) {
    logger.info("unsubscribe request with a link we did not issue, or for no email of ours; ignored");
    return "invalid";
  }
  const isNew = await insertUnsubscribeRequest(email);
  logger.info({ notificationId: email.id, serviceId: email.serviceId, isNew }, "unsubscribe request received");
  return "recorded";
}
