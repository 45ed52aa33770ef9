// Delivery lanes. Every queued job belongs to one: `priority` (security codes, alerts, the
// platform's own codes and links), `normal` (transactional messages and the work around them:
// receipts, callbacks) or `bulk` (spreadsheet and bulk API jobs, newsletters, reports, clean-ups).
// A job carries its lane twice: as a graphile-worker flag (`lane:<name>`), which the worker uses
// to keep slots free for the lanes above (jobs/lane-slots.ts), and as its graphile priority, so a
// free slot takes priority work first, then normal, then bulk (lower runs first). Bulk jobs get
// BULK_PRIORITY plus their turn among the bulk lane's services (lib/db/bulk-lane.ts).
import { getEnv } from "../env";
import type { TaskName } from "./payloads";

export const LANES = ["priority", "normal", "bulk"] as const;
export type Lane = (typeof LANES)[number];

export function isLane(value: unknown): value is Lane {
  return typeof value === "string" && (LANES as readonly string[]).includes(value);
}

/** The graphile-worker flag that marks a job's lane. */
export function laneFlag(lane: Lane): string {
  return `lane:${lane}`;
}

/** The lane a job's flags name; jobs queued without one (before lanes, or by graphile's cron) take their task's lane. */
export function laneOfJob(flags: Record<string, unknown> | null | undefined, task: string): Lane {
  for (const lane of LANES) if (flags?.[laneFlag(lane)]) return lane;
  return (TASK_LANES as Record<string, Lane | undefined>)[task] ?? "normal";
}

/**
 * A bulk batch's other flags: whose turn it is (its service, and its job if it has one). Flags are
 * small jsonb, so lib/db/bulk-lane.ts ranks turns without reading the batches' payloads (a
 * thousand ids each).
 */
export const TURN_FLAG_PREFIXES = { service: "service:", job: "job:" } as const;

export function turnFlags(turn: { serviceId?: string; jobId?: string }): string[] {
  return [...(turn.serviceId ? [`${TURN_FLAG_PREFIXES.service}${turn.serviceId}`] : []), ...(turn.jobId ? [`${TURN_FLAG_PREFIXES.job}${turn.jobId}`] : [])];
}

export const PRIORITY_LANE_PRIORITY = -1_000;
export const NORMAL_LANE_PRIORITY = 0;
/** The first bulk turn's priority; the n-th turn of a service is BULK_PRIORITY + n, up to graphile's smallint. */
export const BULK_PRIORITY = 1_000;
export const LAST_BULK_PRIORITY = 32_767;

/** DELIVERY_LANES=off: every job in one first-come-first-served queue, as before lanes (the benchmark's baseline). */
export function lanesEnabled(): boolean {
  return getEnv().DELIVERY_LANES === "on";
}

/**
 * Where a spreadsheet or bulk API job's fan-out (process-job) is queued, given its messages' lane:
 * a priority job's in the priority lane; any other in the bulk lane, ahead of every batch's turn,
 * so a new job is stored (and takes its turns) within seconds, while fan-outs share the bulk
 * lane's slots with its sending rather than crowding the normal lane (measured with
 * `npm run bench:latency`: the bulk lane's throughput fell by a tenth with fan-outs in the normal lane).
 */
export function fanOutQueue(messages: Lane): { lane: Lane; priority?: number } {
  return messages === "priority" ? { lane: "priority" } : { lane: "bulk", priority: BULK_PRIORITY - 1 };
}

/**
 * A job's graphile priority: `priority` when one is given (a bulk batch's turn, a fan-out), else
 * its lane's (a bulk job's first turn; lib/db/bulk-lane.ts gives the rest); 0 for every job with
 * lanes off.
 */
export function lanePriority(lane: Lane, priority?: number): number {
  if (!lanesEnabled()) return 0;
  return priority ?? (lane === "priority" ? PRIORITY_LANE_PRIORITY : lane === "normal" ? NORMAL_LANE_PRIORITY : BULK_PRIORITY);
}

/** A queued job's lane flag and graphile priority: its own lane (else its task's) and priority (else its lane's). */
export function queuedJobLane(task: TaskName, spec: { lane?: Lane; priority?: number }): { flag: string; priority: number } {
  const lane = spec.lane ?? TASK_LANES[task];
  return { flag: laneFlag(lane), priority: lanePriority(lane, spec.priority) };
}

/**
 * Each task's lane unless its job is queued with another (a send takes its template's lane). The
 * platform's own messages are priority; what follows a message (receipts, callbacks, inbound
 * texts) is normal; long or deferrable work is bulk, so it never holds a slot normal work needs.
 */
export const TASK_LANES: Record<TaskName, Lane> = {
  "send-email": "normal",
  "send-sms": "normal",
  "send-batch": "bulk",
  "apply-provider-receipts": "normal",
  "receive-inbound-sms": "normal",
  "send-inbound-sms": "normal",
  "send-delivery-status": "normal",
  "send-complaint": "normal",
  "register-account": "priority",
  "send-password-reset": "priority",
  "process-job": "bulk",
  "generate-notification-report": "bulk",
  "purge-expired-auth-data": "bulk",
  "timeout-sending-notifications": "bulk",
  "purge-expired-notifications": "bulk",
  "aggregate-notification-status": "bulk",
  "monitor-reputation": "bulk",
};
