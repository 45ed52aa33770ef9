// `npm run start:worker`: the production worker process (Cloud Foundry's `worker` process in
// manifest.yml). Configuration and secrets only from the environment; waits until the web process
// of instance 0 has applied every migration (migrateOrWait), then runs jobs/worker.ts, which on
// SIGTERM stops taking jobs and finishes the sends in flight before exiting.
import { ConfigError } from "../lib/env";
import { migrateOrWait } from "./migrate";
import { jsonOutputOnly, parseProductionEnv } from "./production";

async function main() {
  process.env.NOTIFY_PROCESS ??= "worker";
  // Imported after NOTIFY_PROCESS is set: the logger stamps it on every line.
  const { logger } = await import("../lib/logger");
  const { exitOnStartFailure, runWorkerProcess } = await import("../jobs/worker");
  try {
    const env = parseProductionEnv();
    jsonOutputOnly(logger);
    await migrateOrWait(env.DATABASE_URL, {
      role: "worker",
      log: (pending) => logger.info({ pending: pending.length }, "waiting for instance 0 to apply migrations"),
    });
    await runWorkerProcess();
  } catch (error) {
    exitOnStartFailure(error);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
