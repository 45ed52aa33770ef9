// The web process of the local and test stack (`npm start`, `npm test`, benchmarks; scripts/stack.ts):
// the same server as production's `npm run start:web` (lib/server/web-server.ts), without its
// deploy-time duties (migrations are already applied; local keys are allowed). Stops on SIGTERM.
import { getEnv } from "../lib/env";
import { logger } from "../lib/logger";
import { startWebServer, stopOnSignals } from "../lib/server/web-server";
import { ROOT } from "./stack";

async function main() {
  const env = getEnv();
  const web = await startWebServer({ root: ROOT, host: env.HOST, port: env.PORT });
  stopOnSignals(web, 5_000);
}

main().catch((error: unknown) => {
  logger.fatal({ err: { message: (error as Error).message } }, "web server failed to start");
  process.exit(1);
});
