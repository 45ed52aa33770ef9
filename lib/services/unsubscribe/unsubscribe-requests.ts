// The public side of one-click unsubscribe: checking a link and recording the request. No actor:
// the signed link is the only credential, and it only ever adds a request for its own email.
import { findEmailNotificationForUnsubscribe, insertUnsubscribeRequest } from "../../db/unsubscribe-requests";
import { getEnv } from "../../env";
import { logger } from "../../logger";
import { isValidUnsubscribeToken } from "../../security/unsubscribe-link";
import { takePublicRateLimit } from "../security/public-rate-limit";

/** Requests per client address per minute (a mail provider posts for many of its users). */
export const UNSUBSCRIBE_RATE_LIMIT = 120;

export type UnsubscribeLinkCheck = "valid" | "invalid";
export type UnsubscribeOutcome = "recorded" | "invalid";

/**
 * Whether the link is one we issued for an email we still hold. A forged token and an unknown
 * notification get the same answer, so the page reveals nothing about which ids exist.
 * Throws AppError RATE_LIMITED past UNSUBSCRIBE_RATE_LIMIT a minute for `clientKey`.
 */
export async function checkUnsubscribeLink({ notificationId, token, clientKey }: { notificationId: string; token: string; clientKey: string }): Promise<UnsubscribeLinkCheck> {
  await takePublicRateLimit(`unsubscribe:${clientKey}`, UNSUBSCRIBE_RATE_LIMIT, 60);
  if (!isValidUnsubscribeToken(notificationId, token, getEnv().SECRET_KEY)) return "invalid";
  return (await findEmailNotificationForUnsubscribe(notificationId.toLowerCase())) ? "valid" : "invalid";
}

/**
 * Records the recipient's request to unsubscribe (once per notification: repeating it changes
 * nothing and is still "recorded"). The token is checked before anything is read, and never logged.
 * Throws AppError RATE_LIMITED as checkUnsubscribeLink does.
 */
export async function recordUnsubscribeRequest({ notificationId, token, clientKey }: { notificationId: string; token: string; clientKey: string }): Promise<UnsubscribeOutcome> {
  await takePublicRateLimit(`unsubscribe:${clientKey}`, UNSUBSCRIBE_RATE_LIMIT, 60);
  if (!isValidUnsubscribeToken(notificationId, token, getEnv().SECRET_KEY)) {
    logger.info("unsubscribe request with a link we did not issue; ignored");
    return "invalid";
  }
  const notification = await findEmailNotificationForUnsubscribe(notificationId.toLowerCase());
  if (!notification) {
    logger.info({ notificationId }, "unsubscribe request for an email no longer held; ignored");
    return "invalid";
  }
  const isNew = await insertUnsubscribeRequest(notification);
  logger.info({ notificationId: notification.id, serviceId: notification.serviceId, isNew }, "unsubscribe request received");
  return "recorded";
}
