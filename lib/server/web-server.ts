// The production web server: one Node HTTP server in front of the built Next app. /v2 API requests
// go straight to their route handlers (lib/server/api-routes.ts) – Next's request pipeline costs
// more per request than a whole send – and everything else goes to Next. Used by `npm run start:web`
// (Cloud Foundry) and by the local/test stack (scripts/serve-web.ts), so tests run what ships.
import http from "node:http";
import path from "node:path";
import next from "next";
import { getEnv } from "../env";
import { logger } from "../logger";
import securityHeaderList from "../security/security-headers.json";
import { createApiDispatcher } from "./api-routes";
import { repairRequestTarget } from "./path-encoding";

export type WebServer = { server: http.Server; close: (graceMs: number) => Promise<boolean> };

export async function startWebServer({ root, host, port }: { root: string; host: string; port: number }): Promise<WebServer> {
  const app = next({ dev: false, dir: root, hostname: host, port });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();
  const handleApi = createApiDispatcher({
    appDir: path.join(root, "app"),
    origin: getEnv().NOTIFY_BASE_URL,
    headers: Object.fromEntries(securityHeaderList.map(({ key, value }) => [key.toLowerCase(), value])),
  });
  const server = http.createServer((req, res) => {
    // Broken percent-encoding would make Next answer a bare 500 without the security headers.
    if (req.url) req.url = repairRequestTarget(req.url);
    handleApi(req, res).then(
      (handled) => {
        if (!handled) void handleWithNext(req, res);
      },
      (error: unknown) => {
        logger.error({ err: { message: (error as Error).message } }, "request failed before a handler could answer");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
  });
  server.keepAliveTimeout = 65_000; // longer than the router's idle timeout, so it never reuses a closed connection
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return { server, close: (graceMs) => closeGracefully(server, graceMs) };
}

/**
 * On SIGTERM (Cloud Foundry stopping the instance) or SIGINT: stop accepting connections, let
 * in-flight requests finish within `graceMs`, then exit (0 when everything finished).
 */
export function stopOnSignals(web: WebServer, graceMs: number): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down web server");
    void web.close(graceMs).then((finished) => {
      if (finished) logger.info("web server stopped");
      else logger.warn({ graceMs }, "requests still running at the end of the shutdown grace period were cut off");
      process.exit(finished ? 0 : 1);
    });
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

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
