// Turns in the bulk lane: round-robin by service, then by job. graphile-worker takes the lowest
// priority first (then the oldest run_at), so a bulk batch's priority is its turn. A fan-out queues
// its batches unranked (LAST_BULK_PRIORITY, after everything) and then ranks its service's waiting
// batches in the same transaction: the service's k-th waiting batch (its jobs interleaved by each
// batch's place in its job) gets the turn start + k, where start is the service's earliest turn
// still waiting, or, for a service with nothing waiting, the lane's current turn. So a 300-row job
// started behind another service's 100,000 rows is next but one, not after them; turns only grow
// while the lane is busy and start again at BULK_PRIORITY when it empties (past LAST_BULK_PRIORITY
// they stay first come, first served).
import type { PoolClient } from "pg";
import { BULK_PRIORITY, LAST_BULK_PRIORITY, laneFlag, lanesEnabled, TURN_FLAG_PREFIXES } from "../jobs/lanes";

const RANK_SQL = `
WITH bulk AS (
  SELECT j.id, j.priority, j.flags FROM graphile_worker._private_jobs j
  WHERE j.task_id = (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'send-batch') AND j.locked_at IS NULL AND j.flags ? $2
), waiting AS (
  -- Whose turn each is, from its flags (its service's and job's), not its payload.
  SELECT b.id, b.priority,
    (SELECT substr(f, length($5) + 1) FROM jsonb_object_keys(b.flags) AS f WHERE starts_with(f, $5) LIMIT 1) AS service_id,
    coalesce((SELECT f FROM jsonb_object_keys(b.flags) AS f WHERE starts_with(f, $6) LIMIT 1), b.id::text) AS job_id
  FROM bulk b
), start AS (
  SELECT coalesce(
    (SELECT min(priority) FROM waiting WHERE service_id = $1 AND priority < $4),
    (SELECT min(priority) FROM waiting WHERE priority < $4),
    $3) AS turn
), placed AS (
  SELECT id, row_number() OVER (PARTITION BY job_id ORDER BY id) AS place, min(id) OVER (PARTITION BY job_id) AS job_first
  FROM waiting WHERE service_id = $1
), turns AS (
  SELECT p.id, least(s.turn + row_number() OVER (ORDER BY p.place, p.job_first) - 1, $4 - 1)::integer AS turn FROM placed p, start s
)
SELECT count(*)::int AS ranked FROM (
  SELECT graphile_worker.reschedule_jobs(array_agg(t.id), priority := t.turn) FROM turns t
  JOIN graphile_worker._private_jobs j ON j.id = t.id WHERE j.priority <> t.turn GROUP BY t.turn
) AS rescheduled`;

/** Gives a service's waiting bulk batches their turns (call in the transaction that queued new ones). */
export async function rankBulkTurns(client: PoolClient, serviceId: string): Promise<void> {
  if (!lanesEnabled()) return;
  // One ranking at a time, each reading the turns the one before it committed (its own statement,
  // so the ranking's snapshot starts after the lock is granted).
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('notify-bulk-lane-turns'))`);
  await client.query(RANK_SQL, [serviceId, laneFlag("bulk"), BULK_PRIORITY, LAST_BULK_PRIORITY, TURN_FLAG_PREFIXES.service, TURN_FLAG_PREFIXES.job]);
}
