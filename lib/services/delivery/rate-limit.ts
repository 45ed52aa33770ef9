// Sender rate limits: a token bucket per SMS origination identity (its messages-per-second, AWS's
// 3 MPS toll-free or 100 MPS short code) and per SES identity, kept in PostgreSQL so every worker
// process shares it. A multi-part SMS costs one token per part. A send reserves its tokens first:
// if they are due within a second it waits for them; otherwise the job is re-queued to run at its
// reserved slot (keeping the reservation), so a long queue is paced exactly at the limit without
// holding worker slots or re-competing for tokens.
//
// The bulk lane never reserves more than MAX_INLINE_WAIT_MS ahead: when the sender is booked
// further than that, a bulk send takes no slot and is tried again when the booking has run down,
// so a security code or an alert through the same sender takes the next free slot instead of
// queueing behind a spreadsheet's reservations. Every lane's sends still take their tokens.
import { peekSenderTokens, reserveSenderTokens } from "../../db/delivery";
import type { Lane } from "../../jobs/lanes";

/** Waits up to this long inside the job; beyond it the job is re-queued for its slot. */
export const MAX_INLINE_WAIT_MS = 1_000;

export type SenderLimit = { key: string; ratePerSecond: number };

/**
 * `defer`: the re-queued job sends at `notBefore`, its reserved slot, without reserving again.
 * `later`: (bulk only) nothing was reserved; try again at `retryAt`.
 */
export type SlotDecision = { action: "send"; waitedMs: number } | { action: "defer"; notBefore: Date } | { action: "later"; retryAt: Date };

export type ReserveTokens = (key: string, cost: number, ratePerSecond: number, capacity: number) => Promise<number>;
/** The bucket's balance now (refilled, not taken from). */
export type PeekTokens = (key: string, ratePerSecond: number, capacity: number) => Promise<number>;

export type SlotOptions = { reserve?: ReserveTokens; peek?: PeekTokens; sleep?: (ms: number) => Promise<void>; now?: () => number; lane?: Lane };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long until `tokens` more have refilled at the sender's rate. */
const msToRefill = (tokens: number, limit: SenderLimit) => Math.ceil((tokens / limit.ratePerSecond) * 1000);

/**
 * Reserves `cost` tokens. Capacity (the burst allowed after a quiet spell) is one second's worth,
 * so a sender never exceeds its rate by more than one second of messages.
 */
export async function acquireSendSlot(limit: SenderLimit, cost: number, options: SlotOptions = {}): Promise<SlotDecision> {
  const now = options.now?.() ?? Date.now();
  const capacity = Math.max(1, limit.ratePerSecond);
  if (options.lane === "bulk") {
    const available = await (options.peek ?? peekSenderTokens)(limit.key, limit.ratePerSecond, capacity);
    const waitMs = msToRefill(cost - available, limit);
    if (waitMs > MAX_INLINE_WAIT_MS) return { action: "later", retryAt: new Date(now + waitMs - MAX_INLINE_WAIT_MS) };
  }
  const balance = await (options.reserve ?? reserveSenderTokens)(limit.key, cost, limit.ratePerSecond, capacity);
  const waitMs = balance >= 0 ? 0 : msToRefill(-balance, limit);
  if (waitMs > MAX_INLINE_WAIT_MS) return { action: "defer", notBefore: new Date(now + waitMs) };
  if (waitMs > 0) await (options.sleep ?? defaultSleep)(waitMs);
  return { action: "send", waitedMs: waitMs };
}

/** For a job re-queued with a reserved slot: waits out whatever remains of it. */
export async function waitForSlot(notBefore: Date, options: Pick<SlotOptions, "sleep" | "now"> = {}): Promise<void> {
  const remaining = notBefore.getTime() - (options.now?.() ?? Date.now());
  if (remaining > 0) await (options.sleep ?? defaultSleep)(remaining);
}
