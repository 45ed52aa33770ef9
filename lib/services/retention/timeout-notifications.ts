// Notify's nightly timeout: a message still sending or pending 72 hours after it was created will
// never get a receipt, so it becomes temporary-failure (one never handed over becomes
// technical-failure), and the service's delivery-status callback is queued.
import { queueDeliveryStatusCallbacks } from "../../db/callbacks";
import { timeOutNotifications } from "../../db/retention";
import { logger } from "../../logger";

export const NOTIFICATION_TIMEOUT_MS = 72 * 60 * 60 * 1000;
const CHUNK = 5_000;

export async function timeoutSendingNotifications(options: { now?: Date; chunkSize?: number } = {}): Promise<{ timedOut: number; callbacks: number }> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - NOTIFICATION_TIMEOUT_MS);
  let timedOut = 0;
  let callbacks = 0;
  for (;;) {
    const ids = await timeOutNotifications(cutoff, options.chunkSize ?? CHUNK);
    timedOut += ids.length;
    callbacks += await queueDeliveryStatusCallbacks(ids);
    if (ids.length < (options.chunkSize ?? CHUNK)) break;
  }
  logger.info({ timedOut, callbacks }, "timed out notifications without a final status");
  return { timedOut, callbacks };
}
