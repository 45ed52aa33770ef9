// Queue health reads (for /api/health and the platform admin's queue page): what is waiting in
// graphile-worker's queue, and what the live workers handed to a provider in the last minute.
// Both are one small aggregate each, cheap enough to poll.
import type { TaskName } from "../jobs/payloads";
import { getDb } from "./client";

/** The send tasks: one notification a job, or a batch of them (payload.notificationIds). */
const ONE_MESSAGE_TASKS: readonly TaskName[] = ["send-sms", "send-email"];
const BATCH_TASK: TaskName = "send-batch";

export type WaitingJobGroup = {
  task: string;
  flags: Record<string, unknown> | null;
  jobs: number;
  /** Whether these are send jobs (send-sms, send-email, send-batch). */
  isSend: boolean;
  /** Messages in these jobs if they are send jobs (a batch's notificationIds each count); 0 for any other task. */
  messages: number;
  /** Seconds since the oldest of these jobs was due (the later of its run_at and created_at). */
  oldestWaitingSeconds: number;
};

/**
 * Jobs waiting to run, grouped by task and flags (so the lane is decided by laneOfJob, as the
 * worker decides it): available (not locked, attempts left) and due. A job scheduled for later,
 * or waiting out a retry's back-off, is not waiting yet. Ages use the database's clock, as run_at does.
 */
export async function listWaitingJobGroups(): Promise<WaitingJobGroup[]> {
  const rows = await getDb().$queryRaw<{ task: string; flags: Record<string, unknown> | null; jobs: number; is_send: boolean; messages: number; oldest_waiting_seconds: number }[]>`
    SELECT t.identifier AS task, j.flags, count(*)::int AS jobs,
           t.identifier = ANY(${[...ONE_MESSAGE_TASKS, BATCH_TASK]}::text[]) AS is_send,
           COALESCE(sum(CASE
             WHEN t.identifier = ${BATCH_TASK} AND json_typeof(j.payload -> 'notificationIds') = 'array' THEN json_array_length(j.payload -> 'notificationIds')
             WHEN t.identifier = ANY(${ONE_MESSAGE_TASKS}::text[]) THEN 1
             ELSE 0 END), 0)::int AS messages,
           EXTRACT(EPOCH FROM now() - min(GREATEST(j.run_at, j.created_at)))::float8 AS oldest_waiting_seconds
      FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE j.is_available AND j.run_at <= now()
     GROUP BY t.identifier, j.flags`;
  return rows.map((row) => ({ task: row.task, flags: row.flags, jobs: row.jobs, isSend: row.is_send, messages: row.messages, oldestWaitingSeconds: Math.max(0, row.oldest_waiting_seconds) }));
}

/** Messages handed to a provider in the last minute, per lane, summed over workers that heartbeated after `since`. */
export async function sumLaneThroughput(since: Date): Promise<Record<string, number>> {
  const rows = await getDb().$queryRaw<{ lane: string; count: number }[]>`
    SELECT lane.key AS lane, sum(lane.value::numeric)::int AS count
      FROM worker_heartbeats h, jsonb_each_text(h.lane_throughput) lane
     WHERE h.last_seen_at > ${since} AND jsonb_typeof(h.lane_throughput) = 'object'
     GROUP BY lane.key`;
  return Object.fromEntries(rows.map((row) => [row.lane, row.count]));
}
