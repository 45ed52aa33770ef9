// The worker process: graphile-worker on the same PostgreSQL as the web app. Run it with
// `tsx jobs/worker.ts` (npm start does; production uses `npm run start:worker`). It writes a
// heartbeat every few seconds for /api/health, under its graphile-worker pool id, so any worker can
// tell a crashed one (stale heartbeat) from a busy one and release the crashed one's jobs at once
// rather than after graphile-worker's four hours. On SIGINT/SIGTERM (Ctrl-C, Cloud Foundry
// restage) it stops taking jobs, lets running ones finish, and exits within Cloud Foundry's 10 s.
// Change concurrency with WORKER_CONCURRENCY.
import { EventEmitter } from "node:events";
import os from "node:os";
import path from "node:path";
import { Logger, run, type Runner, type WorkerEvents } from "graphile-worker";
import { deleteWorkerHeartbeat, deleteWorkerHeartbeats, findDeadWorkerIds, recordWorkerHeartbeat } from "../lib/db/operations";
import { disconnectDb } from "../lib/db/client";
import { ConfigError, getEnv } from "../lib/env";
import { forceUnlockWorkers, releaseEnqueue } from "../lib/jobs/enqueue";
import { logger } from "../lib/logger";
import { taskList } from "./task-list";

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A worker that missed three heartbeats is dead: its locked jobs are released for others. */
export const DEAD_WORKER_AFTER_MS = 3 * HEARTBEAT_INTERVAL_MS;
/** Cloud Foundry sends SIGKILL 10 s after SIGTERM; jobs still running after this are released for retry. */
export const SHUTDOWN_GRACE_MS = 8_000;

/** graphile-worker's own messages, as JSON lines through our logger. */
const workerLogger = new Logger((scope) => (level, message, meta) => {
  const fields = { graphile: scope.label, jobId: scope.jobId, task: scope.taskIdentifier, ...(meta?.error ? { err: { message: String((meta.error as Error).message ?? meta.error) } } : {}) };
  if (level === "error") logger.error(fields, message);
  else if (level === "warning") logger.warn(fields, message);
  else if (level === "info") logger.info(fields, message);
  else logger.debug(fields, message);
});

export type RunningWorker = {
  /** graphile-worker's pool id: the `locked_by` of this worker's jobs, and its heartbeat id. */
  id: string;
  /** Stops taking jobs and waits for running ones; after `graceMs` releases those still running for retry. Resolves true when all finished. */
  stop: (options?: { graceMs?: number }) => Promise<boolean>;
};

/** Releases the jobs of workers that stopped heartbeating (killed, crashed). Returns their ids. */
export async function releaseDeadWorkers(deadAfterMs = DEAD_WORKER_AFTER_MS): Promise<string[]> {
  const ids = await findDeadWorkerIds(deadAfterMs);
  if (!ids.length) return ids;
  await forceUnlockWorkers(ids);
  await deleteWorkerHeartbeats(ids);
  logger.warn({ workerIds: ids }, "released jobs locked by workers that stopped heartbeating");
  return ids;
}

export async function startWorker(options: { pollInterval?: number } = {}): Promise<RunningWorker> {
  const env = getEnv();
  const events: WorkerEvents = new EventEmitter();
  let poolId: string | undefined;
  events.once("pool:create", ({ workerPool }) => {
    poolId = workerPool.id;
  });
  const runner: Runner = await run({
    connectionString: env.DATABASE_URL,
    concurrency: env.WORKER_CONCURRENCY,
    noHandleSignals: true,
    pollInterval: options.pollInterval ?? 1_000,
    taskList,
    crontabFile: path.join(__dirname, "crontab"),
    logger: workerLogger,
    events,
    // Batched completions (delay 0: the same tick) are flushed by a graceful shutdown; unbatched
    // ones (graphile-worker's default) are not awaited, so a job finished during shutdown would
    // stay locked and run again later.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  });
  if (!poolId) throw new Error("graphile-worker did not report its worker pool id");
  const id = poolId;
  const startedAt = new Date();
  const beat = async () => {
    try {
      await recordWorkerHeartbeat({ id, hostname: os.hostname(), pid: process.pid, startedAt });
      await releaseDeadWorkers();
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, "could not record worker heartbeat");
    }
  };
  await beat();
  const timer = setInterval(() => void beat(), HEARTBEAT_INTERVAL_MS);
  timer.unref();
  logger.info({ workerId: id, tasks: Object.keys(taskList) }, "worker started");

  let stopping: Promise<boolean> | undefined;
  return {
    id,
    stop: ({ graceMs }: { graceMs?: number } = {}) => {
      stopping ??= (async () => {
        clearInterval(timer);
        let finished = true;
        const graceful = runner.stop();
        if (graceMs === undefined) await graceful;
        else {
          const timedOut = await Promise.race([graceful.then(() => false), new Promise<boolean>((resolve) => setTimeout(resolve, graceMs, true).unref())]);
          if (timedOut) {
            finished = false;
            logger.warn({ workerId: id, graceMs }, "jobs still running at the end of the shutdown grace period; releasing them for retry");
            await runner.kill("shutdown grace period over").catch(() => undefined);
          }
        }
        await deleteWorkerHeartbeat(id).catch(() => undefined);
        await releaseEnqueue();
        logger.info({ workerId: id }, "worker stopped");
        return finished;
      })();
      return stopping;
    },
  };
}

/** Runs the worker until SIGINT/SIGTERM, then shuts down gracefully and exits (0 when every running job finished). */
export async function runWorkerProcess(): Promise<void> {
  process.env.NOTIFY_PROCESS ??= "worker";
  // The handlers go in before the worker starts: a job can begin before startWorker returns, and a
  // SIGTERM then must still let it finish rather than kill the process mid-send.
  const state: { worker?: Awaited<ReturnType<typeof startWorker>>; pendingSignal?: string } = {};
  const shutdown = (signal: string) => {
    if (!state.worker) {
      state.pendingSignal = signal;
      return;
    }
    logger.info({ signal }, "shutting down worker");
    state.worker
      .stop({ graceMs: SHUTDOWN_GRACE_MS })
      .then(async (finished) => {
        await disconnectDb();
        process.exit(finished ? 0 : 1);
      })
      .catch((error: unknown) => {
        logger.error({ err: { message: (error as Error).message } }, "worker did not stop cleanly");
        process.exit(1);
      });
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  state.worker = await startWorker();
  if (state.pendingSignal) shutdown(state.pendingSignal);
}

/** A start-up failure as one line: the configuration error itself, or a fatal JSON log line. */
export function exitOnStartFailure(error: unknown): never {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.fatal({ err: { message: (error as Error).message, stack: (error as Error).stack } }, "worker failed to start");
  process.exit(1);
}

if (require.main === module) {
  runWorkerProcess().catch(exitOnStartFailure);
}
