// `npm run start:web`: the production web process (Cloud Foundry's `web` process in manifest.yml).
// No embedded database and no build (`npm run build` comes first). Configuration and secrets come
// only from the environment; migrations run once per deploy (instance 0 applies them, others wait:
// migrateOrWait). Serves the built Next app on HOST:PORT (all interfaces unless HOST is set, as the
// platform routes to the container). On SIGTERM it stops accepting connections, lets in-flight
// requests finish (up to SHUTDOWN_GRACE_MS, inside Cloud Foundry's 10 s) and exits 0.
import http from "node:http";
import next from "next";
import { ConfigError } from "../env";
import { logger } from "../logger";
import { migrateOrWait } from "./migrate";
import { jsonOutputOnly, parseProductionEnv } from "./production";
import { ROOT } from "./stack";

export const SHUTDOWN_GRACE_MS = 8_000;

/** Stops accepting, closes idle keep-alive connections as they go quiet; true when all requests finished in time. */
function closeGracefully(server: http.Server, graceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const timer = setTimeout(() => {
      clearInterval(sweep);
      server.closeAllConnections();
      resolve(false);
    }, graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(timer);
      resolve(true);
    });
    server.closeIdleConnections();
  });
}

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

  const app = next({ dev: false, dir: ROOT, hostname: host, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 65_000; // longer than the router's idle timeout, so it never reuses a closed connection
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, host, resolve);
  });
  logger.info({ host, port: env.PORT }, "web server listening");

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down web server");
    void closeGracefully(server, SHUTDOWN_GRACE_MS).then((finished) => {
      if (finished) logger.info("web server stopped");
      else logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, "requests still running at the end of the shutdown grace period were cut off");
      process.exit(finished ? 0 : 1);
    });
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.fatal({ err: { message: (error as Error).message } }, "web server failed to start");
  process.exit(1);
});
