// The local outbox for the portal's /outbox page. Available only while a local provider is configured.
import { listOutboxMessages, type OutboxMessageSummary } from "../../db/outbox";
import { isLocalOutboxEnabled } from "../delivery/providers";

/** Returns null when the outbox is switched off (AWS providers configured), so the page can 404. */
export async function listLocalOutbox(limit = 50): Promise<OutboxMessageSummary[] | null> {
  if (!isLocalOutboxEnabled()) return null;
  return listOutboxMessages({ limit });
}
