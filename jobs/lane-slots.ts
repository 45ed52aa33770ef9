// Worker slots per lane (lib/jobs/lanes.ts). Of WORKER_CONCURRENCY slots, WORKER_PRIORITY_SLOTS
// are only ever given to priority work, and one more only to priority or normal work, so a
// security code never waits for a slot held by a spreadsheet, and a single API message never
// waits for a whole bulk backlog. Free slots go to the lowest priority first, so normal work
// takes over bulk slots as their batches finish; one kept slot is enough for it to start at once.
// graphile-worker asks `forbiddenFlags()` before each fetch; the answer forbids the lanes whose
// slots are all taken. Fetches still in flight count as taken (they may come back with that
// lane's job), so concurrent fetches never overshoot.
import type { Job, Worker, WorkerEvents } from "graphile-worker";
import { laneFlag, laneOfJob, type Lane } from "../lib/jobs/lanes";

export type LaneLimits = {
  /** Slots normal and bulk work may hold together (the rest are the priority lane's). */
  normal: number;
  /** Slots bulk work may hold. */
  bulk: number;
};

export function laneLimits(concurrency: number, prioritySlots: number): LaneLimits {
  const normal = Math.max(1, concurrency - Math.max(0, prioritySlots));
  const bulk = Math.max(1, normal - 1);
  return { normal, bulk };
}

type Fetch = { normal: boolean; bulk: boolean };

export type LaneSlots = {
  forbiddenFlags: () => string[];
  /** Jobs running now, per lane. */
  running: () => Record<Lane, number>;
};

/** Tracks the lanes of running jobs from the runner's events and answers graphile's forbiddenFlags. */
export function trackLaneSlots(events: WorkerEvents, limits: LaneLimits, options: { enabled: boolean }): LaneSlots {
  const running: Record<Lane, number> = { priority: 0, normal: 0, bulk: 0 };
  const fetching = { normal: 0, bulk: 0 };
  const unclaimed: Fetch[] = [];
  const fetches = new Map<Worker, Fetch>();
  const jobs = new Map<Worker, Lane>();

  const settle = (worker: Worker) => {
    const fetch = fetches.get(worker);
    if (!fetch) return;
    fetches.delete(worker);
    if (fetch.normal) fetching.normal -= 1;
    if (fetch.bulk) fetching.bulk -= 1;
  };
  events.on("worker:getJob:start", ({ worker }) => {
    const fetch = unclaimed.shift();
    if (fetch) fetches.set(worker, fetch);
  });
  events.on("worker:getJob:empty", ({ worker }) => settle(worker));
  events.on("worker:getJob:error", ({ worker }) => settle(worker));
  events.on("job:start", ({ worker, job }: { worker: Worker; job: Job }) => {
    settle(worker);
    const lane = laneOfJob(job.flags as Record<string, unknown> | null, job.task_identifier);
    running[lane] += 1;
    jobs.set(worker, lane);
  });
  events.on("job:complete", ({ worker }: { worker: Worker }) => {
    const lane = jobs.get(worker);
    if (!lane) return;
    jobs.delete(worker);
    running[lane] -= 1;
  });

  const forbiddenFlags = (): string[] => {
    if (!options.enabled) return [];
    const normalBusy = running.normal + running.bulk + fetching.normal;
    const bulkBusy = running.bulk + fetching.bulk;
    const fetch: Fetch = { normal: normalBusy < limits.normal, bulk: normalBusy < limits.normal && bulkBusy < limits.bulk };
    if (fetch.normal) fetching.normal += 1;
    if (fetch.bulk) fetching.bulk += 1;
    unclaimed.push(fetch);
    return [...(fetch.normal ? [] : [laneFlag("normal")]), ...(fetch.bulk ? [] : [laneFlag("bulk")])];
  };
  return { forbiddenFlags, running: () => ({ ...running }) };
}
