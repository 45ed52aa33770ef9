// For commands that work on the Notify that `npm start` is running (try-api, simulate-inbound-sms):
// its database is DATABASE_URL when set, else the embedded PostgreSQL that npm start runs.
import { findRunningEmbeddedPostgres } from "./embedded-postgres";

/** `configured`, else the running embedded database's URL; throws a one-line "start it first" for `command` when neither is there. */
export async function runningDatabaseUrl(configured: string | undefined, command: string): Promise<string> {
  if (configured) return configured;
  const running = await findRunningEmbeddedPostgres("dev");
  if (!running) throw new Error(`Notify isn't running here: start it with npm start in another terminal, then run npm run ${command} again.`);
  return running.url("notify");
}
