// Hears, on one LISTEN connection per process, every committed change to what the send path reads
// about a service (database triggers announce the service's id on 'notify_service_changed'; see
// the service_change_notices migration). A cache keyed by service stamps each entry with
// serviceStamp(id) when it reads the database and trusts it only while the stamp is unchanged and
// serviceChangesLive() is true: while the connection is down (or not yet up) nothing is cached, and
// losing it forgets everything, because changes made meanwhile were not heard.
import { Client } from "pg";
import { getEnv } from "../env";
import { logger } from "../logger";

const CHANNEL = "notify_service_changed";
const RETRY_MS = 1_000;

type State = {
  client: Client | null;
  live: boolean;
  connecting: boolean;
  stopped: boolean;
  /** Bumped when everything must be forgotten (connection lost, TRUNCATE). */
  era: number;
  changes: Map<string, number>;
};

// On globalThis: Next's bundles each load this module, but one connection serves the process.
const state = ((globalThis as unknown as { notifyServiceChanges?: State }).notifyServiceChanges ??= {
  client: null,
  live: false,
  connecting: false,
  stopped: false,
  era: 0,
  changes: new Map(),
});

function heard(serviceId: string): void {
  if (serviceId === "") {
    state.era += 1;
    state.changes.clear();
    return;
  }
  if (state.changes.size > 100_000) {
    state.era += 1;
    state.changes.clear();
  }
  state.changes.set(serviceId, (state.changes.get(serviceId) ?? 0) + 1);
}

function lost(client: Client, error?: Error): void {
  if (state.client !== client) return;
  state.client = null;
  state.live = false;
  state.era += 1;
  state.changes.clear();
  client.end().catch(() => undefined);
  if (state.stopped) return;
  if (error) logger.warn({ error: error.message }, "lost the service-change connection; not caching until it is back");
  setTimeout(connect, RETRY_MS).unref();
}

function connect(): void {
  if (state.client || state.connecting || state.stopped) return;
  state.connecting = true;
  const client = new Client({ connectionString: getEnv().DATABASE_URL });
  client.on("notification", (message) => {
    if (message.channel === CHANNEL) heard(message.payload ?? "");
  });
  client.on("error", (error) => lost(client, error));
  client.on("end", () => lost(client));
  state.client = client;
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      // The connection must not keep a finishing process (a script, a test run) alive.
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      if (state.client === client) state.live = true;
    })
    .catch((error: unknown) => lost(client, error instanceof Error ? error : new Error(String(error))))
    .finally(() => {
      state.connecting = false;
    });
}

/** Whether changes are being heard (starts listening on first use; false until it is). */
export function serviceChangesLive(): boolean {
  if (!state.live) connect();
  return state.live;
}

/** Changes whenever the service changes (or everything must be forgotten). */
export function serviceStamp(serviceId: string): string {
  return `${state.era}:${state.changes.get(serviceId) ?? 0}`;
}

/** Closes the connection (with the pool); caches stop trusting their entries until it is back. */
export async function stopServiceChanges(): Promise<void> {
  const client = state.client;
  state.stopped = true;
  if (client) lost(client);
  state.stopped = false;
  await client?.end().catch(() => undefined);
}
