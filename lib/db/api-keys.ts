// API keys. Secrets are stored encrypted (HS256 verification needs the plaintext) and are only
// read by the authentication path, never by lists.
import { getDb } from "./client";
import type { KeyType } from "./generated/client";

export type ApiKeySummary = { id: string; name: string; keyType: KeyType; createdAt: Date; revokedAt: Date | null; lastUsedAt: Date | null; createdByName: string };

export async function insertApiKey(key: { serviceId: string; name: string; keyType: KeyType; secretEncrypted: string; createdById: string }): Promise<{ id: string }> {
  return getDb().apiKey.create({ data: key, select: { id: true } });
}

export async function listApiKeys(serviceId: string): Promise<ApiKeySummary[]> {
  const rows = await getDb().apiKey.findMany({
    where: { serviceId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, keyType: true, createdAt: true, revokedAt: true, lastUsedAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdByName: createdBy.name }));
}

export async function isApiKeyNameTaken(serviceId: string, name: string): Promise<boolean> {
  return (await getDb().apiKey.count({ where: { serviceId, revokedAt: null, name: { equals: name, mode: "insensitive" } } })) > 0;
}

/** Revokes an active key of this service; false when there is none. */
export async function revokeApiKey(serviceId: string, id: string): Promise<boolean> {
  return (await getDb().apiKey.updateMany({ where: { id, serviceId, revokedAt: null }, data: { revokedAt: new Date() } })).count === 1;
}

export type ServiceForApi = {
  id: string;
  name: string;
  active: boolean;
  archived: boolean;
  /** API requests allowed per minute per key type. */
  rateLimit: number;
  keys: { id: string; name: string; keyType: KeyType; secretEncrypted: string; revokedAt: Date | null }[];
};

/** A service and its keys (revoked ones from the last 7 days too, so "revoked" can be reported), for authentication. */
export async function findServiceForApi(serviceId: string, now = new Date()): Promise<ServiceForApi | null> {
  const row = await getDb().service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      name: true,
      active: true,
      archivedAt: true,
      rateLimit: true,
      apiKeys: {
        where: { OR: [{ revokedAt: null }, { revokedAt: { gt: new Date(now.getTime() - 7 * 24 * 3600 * 1000) } }] },
        select: { id: true, name: true, keyType: true, secretEncrypted: true, revokedAt: true },
      },
    },
  });
  if (!row) return null;
  return { id: row.id, name: row.name, active: row.active, archived: row.archivedAt !== null, rateLimit: row.rateLimit, keys: row.apiKeys };
}

/** Records use at most once a minute per key (a cheap conditional update). */
export async function touchApiKey(id: string, now = new Date()): Promise<void> {
  await getDb().apiKey.updateMany({ where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] }, data: { lastUsedAt: now } });
}

/**
 * Adds `by` requests to the window's shared count for `key` and returns the total so far (fixed
 * windows of `windowSeconds`, shared by every web process through PostgreSQL).
 */
export async function incrementRateCounter(key: string, windowStart: Date, windowSeconds: number, by = 1): Promise<number> {
  const [row] = await getDb().$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
    VALUES (${key}, ${windowStart}, ${by}, ${new Date(windowStart.getTime() + 2 * windowSeconds * 1000)})
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + EXCLUDED.count
    RETURNING count`;
  return row?.count ?? by;
}
