// The worker process: graphile-worker on the same PostgreSQL as the web app. Run it with
// `tsx jobs/worker.ts` (npm start does; production uses `npm run start:worker`). It writes a
// heartbeat every few seconds for /api/health, under its graphile-worker pool id, so any worker can
// tell a crashed one (stale heartbeat) from a busy one and release the crashed one's jobs at once
// rather than after graphile-worker's four hours. On SIGINT/SIGTERM (Ctrl-C, Cloud Foundry
// restage) it stops taking jobs, lets running ones finish, and exits within Cloud Foundry's 10 s.
// Change concurrency with WORKER_CONCURRENCY; WORKER_PRIORITY_SLOTS of it are kept for the
// priority lane (jobs/lane-slots.ts).
import { EventEmitter } from "node:events";
import os from "node:os";
import path from "node:path";
import { Logger, run, type Runner, type WorkerEvents } from "graphile-worker";
import { deleteWorkerHeartbeat, deleteWorkerHeartbeats, findDeadWorkerIds, recordWorkerHeartbeat } from "../lib/db/operations";
import { disconnectDb } from "../lib/db/client";
import { ConfigError, getEnv } from "../lib/env";
import { forceUnlockWorkers, releaseEnqueue } from "../lib/jobs/enqueue";
import { handedOverLastMinute } from "../lib/jobs/lane-meter";
import { logger } from "../lib/logger";
import { lanesEnabled } from "../lib/jobs/lanes";
import { laneLimits, trackLaneSlots } from "./lane-slots";
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
  /** graphile-worker's pool id: the `locked_by` of this worker's jobs, and its heartbeat id (a new one after a recovery). */
  readonly id: string;
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

/** How long a worker keeps trying to start graphile-worker again before it gives up (and, as a process, exits 1). */
export const RECOVERY_TIMEOUT_MS = 60_000;

/**
 * One graphile-worker runner: its pool id, how many of its jobs are running, and `broken`, which
 * settles when the runner has given up by itself. graphile-worker shuts its pool down the first time
 * it cannot record a job's outcome (a lost connection: "Failed to complete/fail jobs … aborting"),
 * and that shutdown can wait forever on the lost write, so neither its promise nor its shutdown can
 * be relied on to finish: its events say when it gave up.
 */
type PoolRunner = { runner: Runner; id: string; running: () => number; broken: Promise<string> };

async function startRunner(pollInterval: number): Promise<PoolRunner> {
  const env = getEnv();
  const events: WorkerEvents = new EventEmitter();
  let poolId: string | undefined;
  let running = 0;
  let giveUp: (reason: string) => void = () => undefined;
  const broken = new Promise<string>((resolve) => (giveUp = resolve));
  events.once("pool:create", ({ workerPool }) => {
    poolId = workerPool.id;
  });
  // Slots kept for the lanes above (jobs/lane-slots.ts), from the same events.
  const slots = trackLaneSlots(events, laneLimits(env.WORKER_CONCURRENCY, env.WORKER_PRIORITY_SLOTS), { enabled: lanesEnabled() });
  events.on("job:start", () => (running += 1));
  events.on("job:complete", () => (running -= 1));
  events.on("pool:fatalError", ({ action }) => giveUp(`could not ${action}`));
  events.on("worker:fatalError", () => giveUp("a worker failed"));
  events.on("pool:gracefulShutdown", ({ message }) => giveUp(message));
  const runner = await run({
    connectionString: env.DATABASE_URL,
    concurrency: env.WORKER_CONCURRENCY,
    noHandleSignals: true,
    pollInterval,
    forbiddenFlags: slots.forbiddenFlags,
    taskList,
    crontabFile: path.join(__dirname, "crontab"),
    logger: workerLogger,
    events,
    // Batched completions (delay 0: the same tick) are flushed by a graceful shutdown; unbatched
    // ones (graphile-worker's default) are not awaited, so a job finished during shutdown would
    // stay locked and run again later.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  });
  if (!poolId) {
    await runner.stop().catch(() => undefined);
    throw new Error("graphile-worker did not report its worker pool id");
  }
  runner.promise.then(
    () => giveUp("stopped"),
    (error: unknown) => giveUp((error as Error).message),
  );
  return { runner, id: poolId, running: () => running, broken };
}

/** How long a broken runner's jobs get to finish before they are released to run again. */
const BROKEN_RUNNER_DRAIN_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Starts graphile-worker and keeps it running. graphile-worker stops itself when it cannot record
 * a job's outcome (a lost database connection: "Failed to complete/fail jobs … aborting"); left
 * alone, the process would go on heartbeating while delivering nothing. So when its runner ends
 * without stop() being called, the worker waits for that runner's jobs to finish (its graceful
 * shutdown does), releases their locks for a rerun (every task is safe to run again), and starts a
 * new runner, retrying while the database is unreachable. If that fails for RECOVERY_TIMEOUT_MS it
 * calls `onUnrecoverable` (the worker process exits 1 so the platform restarts it).
 */
export async function startWorker(options: { pollInterval?: number; onUnrecoverable?: (error: Error) => void } = {}): Promise<RunningWorker> {
  const pollInterval = options.pollInterval ?? 1_000;
  const startedAt = new Date();
  let current = await startRunner(pollInterval);
  let stopping: Promise<boolean> | undefined;

  const beat = async () => {
    try {
      await recordWorkerHeartbeat({ id: current.id, hostname: os.hostname(), pid: process.pid, startedAt }, handedOverLastMinute());
      await releaseDeadWorkers();
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, "could not record worker heartbeat");
    }
  };

  const recover = async (dead: PoolRunner, reason: string) => {
    logger.error({ workerId: dead.id, reason }, "graphile-worker gave up (lost its database connection?); starting it again");
    // Let the jobs it was running finish (each records its own outcome), then drop it.
    const drainUntil = Date.now() + BROKEN_RUNNER_DRAIN_MS;
    while (dead.running() > 0 && Date.now() < drainUntil) await sleep(100);
    void Promise.race([dead.runner.kill("replaced after giving up").catch(() => undefined), sleep(2_000)]);
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
    for (let attempt = 1; !stopping; attempt += 1) {
      try {
        // Its unfinished jobs, and those whose outcome it could not record, run again (every task is safe to rerun).
        await forceUnlockWorkers([dead.id]);
        await deleteWorkerHeartbeat(dead.id);
        const next = await startRunner(pollInterval);
        if (stopping) {
          await next.runner.stop();
          return;
        }
        current = next;
        watch(next);
        await beat();
        logger.warn({ workerId: next.id, previous: dead.id, attempt }, "worker recovered");
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          logger.fatal({ err: { message: (error as Error).message } }, "worker could not start graphile-worker again");
          options.onUnrecoverable?.(error as Error);
          return;
        }
        await sleep(Math.min(500 * attempt, 5_000));
      }
    }
  };

  const watch = (pool: PoolRunner) => {
    void pool.broken.then((reason) => (stopping || pool !== current ? undefined : recover(pool, reason)));
  };
  watch(current);

  await beat();
  const timer = setInterval(() => void beat(), HEARTBEAT_INTERVAL_MS);
  timer.unref();
  logger.info({ workerId: current.id, tasks: Object.keys(taskList) }, "worker started");

  return {
    get id() {
      return current.id;
    },
    stop: ({ graceMs }: { graceMs?: number } = {}) => {
      stopping ??= (async () => {
        clearInterval(timer);
        let finished = true;
        const { runner, id } = current;
        const graceful = runner.stop().catch(() => undefined); // already stopped by itself: nothing to wait for
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
  state.worker = await startWorker({ onUnrecoverable: () => process.exit(1) });
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
