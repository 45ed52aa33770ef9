// Queue health per delivery lane, for /api/health and the platform admin's "Queue health" page:
// the messages waiting (and, apart, other jobs), how long the oldest message has waited, and how
// many messages the live workers handed to a provider in the last minute.
import { listWaitingJobGroups, sumLaneThroughput } from "../../db/queue-health";
import { LANES, laneOfJob, type Lane } from "../../jobs/lanes";

export type LaneQueueHealth = {
  /** Messages in send jobs that are due and not yet taken by a worker (a batch counts each of its messages). */
  backlog: number;
  /** Other jobs due and waiting in this lane (fan-outs, receipts, reports). */
  otherJobs: number;
  /** How long the oldest waiting message has been due, in whole seconds; null when none is waiting. */
  oldestWaitingSeconds: number | null;
  /** Messages handed to a provider in the last minute, summed over the workers heartbeating now. */
  handedOverLastMinute: number;
};

export type QueueHealth = Record<Lane, LaneQueueHealth>;

/** Two aggregate queries. Throughput counts the heartbeats written after `freshSince` (the live workers). */
export async function readQueueHealth(freshSince: Date): Promise<QueueHealth> {
  const [groups, throughput] = await Promise.all([listWaitingJobGroups(), sumLaneThroughput(freshSince)]);
  const queues = Object.fromEntries(LANES.map((lane) => [lane, { backlog: 0, otherJobs: 0, oldestWaitingSeconds: null, handedOverLastMinute: throughput[lane] ?? 0 }])) as QueueHealth;
  for (const group of groups) {
    const queue = queues[laneOfJob(group.flags, group.task)];
    if (!group.isSend) {
      queue.otherJobs += group.jobs;
      continue;
    }
    queue.backlog += group.messages;
    queue.oldestWaitingSeconds = Math.max(queue.oldestWaitingSeconds ?? 0, Math.floor(group.oldestWaitingSeconds));
  }
  return queues;
}
