// Reads the worker needs while sending that the notification row doesn't carry: the AWS origination
// identity and throughput of the SMS sender a notification was sent with.
import { getDb } from "./client";

export type SmsSenderSettings = { originationIdentity: string | null; messagesPerSecond: number | null };

/**
 * The settings of the service's (non-archived) SMS sender whose text is `smsSender`, or of its
 * default sender when `smsSender` is null. Null when the service has no such sender.
 */
export async function findSmsSenderSettings(serviceId: string, smsSender: string | null): Promise<SmsSenderSettings | null> {
  return getDb().serviceSmsSender.findFirst({
    where: { serviceId, archived: false, ...(smsSender === null ? { isDefault: true } : { smsSender }) },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { originationIdentity: true, messagesPerSecond: true },
  });
}
