// Hears, on one LISTEN connection per process, every committed change to what the send path reads
// about a service (database triggers announce the service's id on 'notify_service_changed'; see
// the service_change_notices migration). serviceCache() stamps each entry with serviceStamp(id)
// when it reads the database and trusts it only while the stamp is unchanged and
// serviceChangesLive() is true: while the connection is down (or not yet up) entries live only as
// long as the cache allows without notices, and losing it forgets everything, because changes made
// meanwhile were not heard.
import { Client } from "pg";
import { getEnv } from "../env";
import { logger } from "../logger";
import { processSingleton } from "../process-singleton";

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

// One listening connection serves the process, however many copies of this module are loaded.
const state = processSingleton("service-changes", (): State => ({
  client: null,
  live: false,
  connecting: false,
  stopped: false,
  era: 0,
  changes: new Map(),
}));

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

export type ServiceCache<T> = {
  /**
   * The value cached under `key` for this service, or `read()`'s (concurrent callers share one
   * read). A value is kept only if the read returned one: for `liveMs` while changes are heard
   * (and dropped the moment the service changes; a change heard during the read means it isn't
   * kept), else for `fallbackMs`, if any.
   */
  get(serviceId: string, key: string, read: () => Promise<T | null>, now?: number): Promise<T | null>;
  clear(): void;
};

/**
 * A per-process cache of something read about a service. `name` names its maps as a
 * processSingleton, so every copy of a module shares them (a key revoked in a server action must be
 * forgotten by the API routes).
 */
export function serviceCache<T>(name: string, options: { liveMs: number; fallbackMs?: number; maxEntries?: number }): ServiceCache<T> {
  type Entry = { value: T; stamp: string | null; expires: number };
  type Read = { value: Promise<T | null>; stamp: string | null };
  const maps = processSingleton(`service-cache:${name}`, () => ({ entries: new Map<string, Entry>(), reads: new Map<string, Read>() }));
  const maxEntries = options.maxEntries ?? 10_000;
  return {
    get(serviceId, key, read, now = Date.now()) {
      const live = serviceChangesLive();
      // Entries kept while changes weren't heard have no stamp and only their short life.
      const stamp = live ? serviceStamp(serviceId) : null;
      const hit = maps.entries.get(key);
      if (hit && hit.expires > now && (hit.stamp === null || hit.stamp === stamp)) return Promise.resolve(hit.value);
      const pending = maps.reads.get(key);
      if (pending && pending.stamp === stamp) return pending.value;
      const value = read().then((result) => {
        if (result === null) maps.entries.delete(key);
        else if (live ? serviceChangesLive() && serviceStamp(serviceId) === stamp : options.fallbackMs) {
          if (maps.entries.size >= maxEntries) maps.entries.clear();
          maps.entries.set(key, { value: result, stamp, expires: now + (live ? options.liveMs : (options.fallbackMs ?? 0)) });
        }
        return result;
      });
      const entry = { value, stamp };
      maps.reads.set(key, entry);
      void value
        .finally(() => {
          if (maps.reads.get(key) === entry) maps.reads.delete(key);
        })
        .catch(() => undefined);
      return value;
    },
    clear() {
      maps.entries.clear();
    },
  };
}
