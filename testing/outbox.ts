// Reading what the local providers "sent", for integration tests of journeys that email or text.
import { getDb } from "../lib/db/client";

/** Waits for the newest outbox message to `to` created after `since`, and returns its body. */
export async function waitForOutboxMessage(to: string, since: Date, timeoutMs = 15_000): Promise<{ body: string; subject: string | null }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const message = await getDb().outboxMessage.findFirst({ where: { to, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, select: { body: true, subject: true } });
    if (message) return message;
    if (Date.now() > deadline) throw new Error(`no message to ${to} arrived in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function codeIn(body: string): string {
  const match = /(?:^|\s)(\d{6})(?=\s|$)/.exec(body);
  if (!match?.[1]) throw new Error("no six-digit code in the message");
  return match[1];
}

export function linkIn(body: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path}/([^\\s]+)`).exec(body);
  if (!match?.[1]) throw new Error(`no ${path} link in the message`);
  return match[1];
}
