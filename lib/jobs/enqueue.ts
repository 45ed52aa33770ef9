// Queueing background work from code, typed by task name and validated against the task's payload
// schema before it is queued, so a bad payload fails here and not in the worker. Work queued in the
// same statement that makes it (a notification, a report) uses queue-sql.ts, from the same schemas.
import { makeWorkerUtils, type TaskSpec, type WorkerUtils } from "graphile-worker";
import { getEnv } from "../env";
import { queuedJobLane, type Lane } from "./lanes";
import { taskPayloadSchemas, type TaskName, type TaskPayload } from "./payloads";

let utils: Promise<WorkerUtils> | undefined;

function getWorkerUtils(): Promise<WorkerUtils> {
  utils ??= makeWorkerUtils({ connectionString: getEnv().DATABASE_URL });
  return utils;
}

/**
 * Queues one job in `lane` (its task's lane when left out). Use `jobKey` (e.g.
 * `send:<notificationId>`) so a retried caller can't queue it twice.
 */
export async function enqueue<N extends TaskName>(
  name: N,
  payload: TaskPayload<N>,
  spec: Omit<TaskSpec, "flags" | "priority"> & { lane?: Lane; flags?: string[] } = {},
): Promise<void> {
  const parsed = taskPayloadSchemas[name].parse(payload);
  const { lane, flags = [], ...rest } = spec;
  const queued = queuedJobLane(name, { lane });
  const workerUtils = await getWorkerUtils();
  await workerUtils.addJob(name as string, parsed as never, { ...rest, flags: [queued.flag, ...flags], priority: queued.priority });
}

export async function releaseEnqueue(): Promise<void> {
  const current = utils;
  utils = undefined;
  if (current) await (await current).release();
}

/** Releases the jobs (and job queues) locked by workers that are no longer running (see jobs/worker.ts). */
export async function forceUnlockWorkers(workerIds: string[]): Promise<void> {
  if (workerIds.length) await (await getWorkerUtils()).forceUnlockWorkers(workerIds);
}
