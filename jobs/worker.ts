// The worker process: graphile-worker on the same PostgreSQL as the web app. Run it with
// `tsx jobs/worker.ts` (npm start does). It writes a heartbeat every few seconds for /api/health,
// and on SIGINT/SIGTERM (Ctrl-C, Cloud Foundry restage) it stops taking jobs, lets running ones
// finish, and exits. Change concurrency with WORKER_CONCURRENCY.
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { Logger, run, type Runner } from "graphile-worker";
import { deleteWorkerHeartbeat, recordWorkerHeartbeat } from "../lib/db/operations";
import { disconnectDb } from "../lib/db/client";
import { ConfigError, getEnv } from "../lib/env";
import { releaseEnqueue } from "../lib/jobs/enqueue";
import { logger } from "../lib/logger";
import { taskList } from "./task-list";

export const HEARTBEAT_INTERVAL_MS = 5_000;

/** graphile-worker's own messages, as JSON lines through our logger. */
const workerLogger = new Logger((scope) => (level, message, meta) => {
  const fields = { graphile: scope.label, jobId: scope.jobId, task: scope.taskIdentifier, ...(meta?.error ? { err: { message: String((meta.error as Error).message ?? meta.error) } } : {}) };
  if (level === "error") logger.error(fields, message);
  else if (level === "warning") logger.warn(fields, message);
  else if (level === "info") logger.info(fields, message);
  else logger.debug(fields, message);
});

export type RunningWorker = { id: string; stop: () => Promise<void> };

export async function startWorker(options: { pollInterval?: number } = {}): Promise<RunningWorker> {
  const env = getEnv();
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const runner: Runner = await run({
    connectionString: env.DATABASE_URL,
    concurrency: env.WORKER_CONCURRENCY,
    noHandleSignals: true,
    pollInterval: options.pollInterval ?? 1_000,
    taskList,
    crontabFile: path.join(__dirname, "crontab"),
    logger: workerLogger,
  });
  const startedAt = new Date();
  const beat = () =>
    recordWorkerHeartbeat({ id, hostname: os.hostname(), pid: process.pid, startedAt }).catch((error: unknown) =>
      logger.error({ err: { message: (error as Error).message } }, "could not record worker heartbeat"),
    );
  await beat();
  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  logger.info({ workerId: id, tasks: Object.keys(taskList) }, "worker started");

  let stopping: Promise<void> | undefined;
  return {
    id,
    stop: () => {
      stopping ??= (async () => {
        clearInterval(timer);
        await runner.stop();
        await deleteWorkerHeartbeat(id).catch(() => undefined);
        await releaseEnqueue();
        logger.info({ workerId: id }, "worker stopped");
      })();
      return stopping;
    },
  };
}

async function main() {
  process.env.NOTIFY_PROCESS ??= "worker";
  const worker = await startWorker();
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down worker");
    worker
      .stop()
      .then(() => disconnectDb())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: { message: (error as Error).message } }, "worker did not stop cleanly");
        process.exit(1);
      });
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else logger.fatal({ err: { message: (error as Error).message, stack: (error as Error).stack } }, "worker failed to start");
    process.exit(1);
  });
}
