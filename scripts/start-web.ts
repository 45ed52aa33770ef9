// `npm run start:web`: the production web process (Cloud Foundry's `web` process in manifest.yml).
// No embedded database and no build (`npm run build` comes first). Configuration and secrets come
// only from the environment; migrations run once per deploy (instance 0 applies them, others wait:
// migrateOrWait). Serves the built Next app (and /v2 outside Next: lib/server/web-server.ts) on HOST:PORT (all interfaces unless HOST is set, as the
// platform routes to the container). On SIGTERM it stops accepting connections, lets in-flight
// requests finish (up to SHUTDOWN_GRACE_MS, inside Cloud Foundry's 10 s) and exits 0.
import { ConfigError } from "../lib/env";
import { logger } from "../lib/logger";
import { startWebServer, stopOnSignals } from "../lib/server/web-server";
import { migrateOrWait } from "./migrate";
import { jsonOutputOnly, parseProductionEnv } from "./production";
import { ROOT } from "./stack";

export const SHUTDOWN_GRACE_MS = 8_000;

async function main() {
  const env = parseProductionEnv();
  jsonOutputOnly(logger);
  const host = process.env.HOST ? env.HOST : "0.0.0.0";
  const migration = await migrateOrWait(env.DATABASE_URL, {
    role: "web",
    log: (pending) => logger.info({ pending: pending.length }, "waiting for instance 0 to apply migrations"),
  });
  if (migration.action === "migrated") logger.info({ applied: migration.applied }, migration.applied.length ? "applied migrations" : "database is up to date");
  else logger.info("migrations applied by instance 0");

  const web = await startWebServer({ root: ROOT, host, port: env.PORT });
  logger.info({ host, port: env.PORT }, "web server listening");
  stopOnSignals(web, SHUTDOWN_GRACE_MS);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.fatal({ err: { message: (error as Error).message } }, "web server failed to start");
  process.exit(1);
});
