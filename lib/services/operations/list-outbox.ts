// The local outbox for the portal's /outbox page. Available only while a local provider is configured.
import { findOutboxEmailHtml, listOutboxMessages, type OutboxEmailHtml, type OutboxMessageSummary } from "../../db/outbox";
import { looksLikeId } from "../../domain/ids";
import { isLocalOutboxEnabled } from "../delivery/providers";

/** Returns null when the outbox is switched off (AWS providers configured), so the page can 404. */
export async function listLocalOutbox(limit = 50): Promise<OutboxMessageSummary[] | null> {
  if (!isLocalOutboxEnabled()) return null;
  return listOutboxMessages({ limit });
}

/** One outbox email's HTML, for viewing it as the recipient would; null when the outbox is off or there is no such email. */
export async function findLocalOutboxEmailHtml(id: string): Promise<OutboxEmailHtml | null> {
  if (!isLocalOutboxEnabled() || !looksLikeId(id)) return null;
  return findOutboxEmailHtml(id);
}
