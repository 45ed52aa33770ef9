// Group commit for the API's send hand-off. Each send still gets its notification and its queued
// delivery in one transaction, but the sends that arrive while earlier ones are being written go
// to the database together: one call of notify_create_notifications stores them all, takes their
// daily allowance in one go and queues send-batch jobs. A lone request is written at once (no
// waiting for company); under load, each call takes everything that queued up while the one
// before it was being committed, so the database does one transaction's work for many sends.
//
// Anything the batch can't settle goes through insertNotificationAndEnqueue on its own: sends
// whose share of the daily allowance is held by a concurrent transaction (near the limit that
// path waits and gives the exact answer), and every send of a batch that failed as a whole (so a
// bad row fails alone).
import { DAILY_SHARDS, insertNotificationAndEnqueue, queuedNotificationRecord, type CreateNotificationRow, type DailyLimitCheck, type InsertOutcome } from "./notifications";
import { uuidv7 } from "../security/random";
import { getPool } from "./pool";
import { processSingleton } from "../process-singleton";
import type { Lane } from "../jobs/lanes";

/**
 * Batches written at the same time: one. Every batch queues jobs, and graphile-worker's trigger
 * NOTIFYs the workers; PostgreSQL commits NOTIFYing transactions one at a time (a global lock
 * held from pre-commit through the WAL flush), so parallel batches would only wait for each other
 * and be smaller. Measured with `npm run bench:api`: 1 in flight accepted 2,422 sends/s, 2 in
 * flight 1,629/s, 8 in flight 697/s, with p99 rising too.
 */
const MAX_IN_FLIGHT = 1;
/** Sends per batch at most (a bigger backlog is split). */
const MAX_BATCH = 250;

type Task = "send-sms" | "send-email";
type Pending = {
  row: CreateNotificationRow & { id: string };
  task: Task;
  lane: Lane;
  dailyLimit?: DailyLimitCheck;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
};

type State = { queue: Pending[]; inFlight: number };
// Every copy of this module (lib/process-singleton.ts) must share one queue.
const state = processSingleton("group-commit", (): State => ({ queue: [], inFlight: 0 }));

/**
 * Stores a notification and queues its delivery (as insertNotificationAndEnqueue does, without an
 * Idempotency-Key), grouped with concurrent sends into one transaction. Resolves when it is
 * committed: `{ ok: true }`, or `daily-limit` when the day's allowance has run out.
 */
export function insertNotificationGrouped(row: CreateNotificationRow, task: Task, options: { lane?: Lane; dailyLimit?: DailyLimitCheck } = {}): Promise<InsertOutcome> {
  return new Promise<InsertOutcome>((resolve, reject) => {
    state.queue.push({ row: { ...row, id: row.id ?? uuidv7() }, task, lane: options.lane ?? "normal", dailyLimit: options.dailyLimit, resolve, reject });
    pump();
  });
}

/**
 * A batch still unanswered after this long gives up its turn (it goes on, and its sends are
 * answered when it ends): a stuck connection must not hold up every send of the process.
 */
export const SLOW_BATCH_MS = 5_000;

function pump(): void {
  while (state.inFlight < MAX_IN_FLIGHT && state.queue.length > 0) {
    const batch = state.queue.splice(0, MAX_BATCH);
    state.inFlight += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      state.inFlight -= 1;
      pump();
    };
    const slow = setTimeout(release, SLOW_BATCH_MS);
    slow.unref();
    void write(batch).finally(() => {
      clearTimeout(slow);
      release();
    });
  }
}

/** Sends it through the one-at-a-time path, outside the batch's turn (it may wait on a lock). */
function alone(item: Pending): void {
  void insertNotificationAndEnqueue(item.row, item.task, { lane: item.lane, dailyLimit: item.dailyLimit }).then(item.resolve, item.reject);
}

async function write(batch: Pending[]): Promise<void> {
  // The ids that need one from each daily allowance, in arrival order (the first ones get it).
  const allowances = new Map<string, { key: string; limit: number; day: string; ids: string[] }>();
  for (const item of batch) {
    if (!item.dailyLimit) continue;
    const day = item.dailyLimit.day.toISOString().replace("Z", "");
    const name = `${item.dailyLimit.key}\n${item.dailyLimit.limit}\n${day}`;
    const entry = allowances.get(name) ?? { key: item.dailyLimit.key, limit: item.dailyLimit.limit, day, ids: [] };
    entry.ids.push(item.row.id);
    allowances.set(name, entry);
  }
  let notStored: Set<string>;
  try {
    const { rows } = await getPool().query<{ not_stored: string }>(`SELECT not_stored FROM notify_create_notifications($1::jsonb, $2::jsonb, $3)`, [
      JSON.stringify(batch.map((item) => queuedNotificationRecord(item.row, item.lane))),
      JSON.stringify([...allowances.values()]),
      DAILY_SHARDS,
    ]);
    notStored = new Set(rows.map((r) => r.not_stored));
  } catch (error) {
    if (batch.length === 1) batch[0]?.reject(error);
    else batch.forEach(alone);
    return;
  }
  for (const item of batch) {
    if (notStored.has(item.row.id)) alone(item);
    else item.resolve({ ok: true, id: item.row.id });
  }
}
