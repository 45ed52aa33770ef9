// The reputation monitor's reads and writes (lib/services/reputation). Cheap by construction:
// - messages sent are kept per service, hour, channel and sender in reputation_sent_hours, and a
//   run recounts only the last hours from notifications (the (notification_status, created_at)
//   index, one range per status), so the 7-day denominator never rereads a week of notifications;
// - bounces and text failures are read for the whole window from a partial index of failed rows
//   only (notifications_permanent_failures_idx, an index-only scan): a few percent of messages;
// - complaints come from their own small table by created_at.
// EXPLAIN for each on a large table is in docs/operations.md ("Reputation monitor").
import { getDb } from "./client";
import type { ReputationState } from "./generated/client";
import { getPool } from "./pool";

/**
 * Statuses counted as sent: everything that reached (or is waiting to reach) a provider. Counted
 * when an hour is recounted, so a message still `created` then is counted, one cancelled or
 * refused is not. Listed literally so the planner scans one index range per status.
 */
const SENT_STATUSES = `('created', 'sending', 'pending', 'sent', 'delivered', 'temporary-failure', 'permanent-failure', 'failed')`;
const SENDER = `CASE WHEN notification_type = 'sms' THEN coalesce(reply_to_text, '') ELSE '' END`;

/** A JS Date as the UTC timestamp (without time zone) the tables store. */
const UTC = (param: string) => `(${param}::timestamptz AT TIME ZONE 'UTC')`;

/**
 * Recounts the sent messages of every hour from `fromHour` (an hour boundary) into
 * reputation_sent_hours, removing buckets of those hours that have none any more, and drops
 * buckets older than `keepFrom`. Idempotent.
 */
export async function recountSentHours(fromHour: Date, keepFrom: Date): Promise<{ buckets: number }> {
  const { rows } = await getPool().query<{ buckets: number }>(
    `WITH fresh AS (
       SELECT service_id, date_trunc('hour', created_at) AS hour, notification_type, ${SENDER} AS sender, count(*)::int AS sent
         FROM notifications
        WHERE notification_status IN ${SENT_STATUSES} AND created_at >= ${UTC("$1")} AND key_type <> 'test'
        GROUP BY 1, 2, 3, 4
     ), removed AS (
       DELETE FROM reputation_sent_hours h
        WHERE (h.hour >= ${UTC("$1")} AND NOT EXISTS (SELECT 1 FROM fresh f WHERE (f.service_id, f.hour, f.notification_type, f.sender) = (h.service_id, h.hour, h.notification_type, h.sender)))
           OR h.hour < ${UTC("$2")}
       RETURNING 1
     ), upserted AS (
       INSERT INTO reputation_sent_hours (service_id, hour, notification_type, sender, sent)
       SELECT service_id, hour, notification_type, sender, sent FROM fresh
       ON CONFLICT (service_id, hour, notification_type, sender) DO UPDATE SET sent = excluded.sent
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM upserted)::int AS buckets, (SELECT count(*) FROM removed)::int AS removed`,
    [fromHour.toISOString(), keepFrom.toISOString()],
  );
  return { buckets: rows[0]?.buckets ?? 0 };
}

/** The latest hour already counted, or null before the first run. */
export async function findLatestSentHour(): Promise<Date | null> {
  const { rows } = await getPool().query<{ hour: Date | null }>(`SELECT max(hour) AT TIME ZONE 'UTC' AS hour FROM reputation_sent_hours`);
  return rows[0]?.hour ?? null;
}

export type ChannelFigure = { serviceId: string; notificationType: "sms" | "email"; sender: string; count: number };

/** Sent messages per service, channel and sender in buckets from `since`. */
export async function sumSentSince(since: Date): Promise<ChannelFigure[]> {
  const { rows } = await getPool().query<ChannelFigure>(
    `SELECT service_id AS "serviceId", notification_type AS "notificationType", sender, sum(sent)::int AS count
       FROM reputation_sent_hours WHERE hour >= ${UTC("$1")} GROUP BY 1, 2, 3`,
    [since.toISOString()],
  );
  return rows;
}

/** Permanent failures (email hard bounces, undeliverable texts) per service, channel and sender of messages created since `since`. */
export async function countPermanentFailuresSince(since: Date): Promise<ChannelFigure[]> {
  const { rows } = await getPool().query<ChannelFigure>(
    `SELECT service_id AS "serviceId", notification_type AS "notificationType", ${SENDER} AS sender, count(*)::int AS count
       FROM notifications
      WHERE notification_status = 'permanent-failure' AND created_at >= ${UTC("$1")} AND key_type <> 'test'
      GROUP BY 1, 2, 3`,
    [since.toISOString()],
  );
  return rows;
}

/** Complaints per service received since `since`. */
export async function countComplaintsSince(since: Date): Promise<Map<string, number>> {
  const { rows } = await getPool().query<{ serviceId: string; count: number }>(
    `SELECT service_id AS "serviceId", count(*)::int AS count FROM complaints WHERE created_at >= ${UTC("$1")} GROUP BY 1`,
    [since.toISOString()],
  );
  return new Map(rows.map((r) => [r.serviceId, r.count]));
}

export type SenderFigures = { sender: string; sent: number; failed: number };

export type ServiceReputationRow = {
  serviceId: string;
  windowHours: number;
  emailsSent: number;
  bounced: number;
  complained: number;
  bounceRate: number | null;
  complaintRate: number | null;
  textsSent: number;
  textsFailed: number;
  senders: SenderFigures[];
  state: ReputationState;
  warnedAt: Date | null;
  stateChangedAt: Date;
  computedAt: Date;
};

const REPUTATION_SELECT = {
  serviceId: true,
  windowHours: true,
  emailsSent: true,
  bounced: true,
  complained: true,
  bounceRate: true,
  complaintRate: true,
  textsSent: true,
  textsFailed: true,
  senders: true,
  state: true,
  warnedAt: true,
  stateChangedAt: true,
  computedAt: true,
} as const;

type Stored = Omit<ServiceReputationRow, "senders"> & { senders: unknown };
const toRow = (r: Stored): ServiceReputationRow => ({ ...r, senders: Array.isArray(r.senders) ? (r.senders as SenderFigures[]) : [] });

/** Every stored reputation's service id and state (one small row per service that has sent). */
export async function listReputationStates(): Promise<Map<string, ReputationState>> {
  const rows = await getDb().serviceReputation.findMany({ select: { serviceId: true, state: true } });
  return new Map(rows.map((r) => [r.serviceId, r.state]));
}

/** Ids of the given services that still exist (figures of a deleted service are dropped). */
export async function listExistingServiceIds(ids: readonly string[]): Promise<Set<string>> {
  const rows = await getDb().service.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

export type ReputationFigures = Omit<ServiceReputationRow, "serviceId" | "state" | "warnedAt" | "stateChangedAt">;

/**
 * Writes a service's figures and state. The state changes only if it is still `previous` (so two
 * runs at once can't both see the crossing); `warned` records the warning. Returns whether this
 * call changed the state.
 */
export async function saveServiceReputation(
  serviceId: string,
  figures: ReputationFigures,
  change: { previous: ReputationState | null; next: ReputationState; warned: boolean },
): Promise<boolean> {
  const db = getDb();
  const data = { ...figures, senders: figures.senders };
  if (change.previous === null) {
    const created = await db.serviceReputation.createMany({
      data: [{ serviceId, ...data, state: change.next, stateChangedAt: figures.computedAt, warnedAt: change.warned ? figures.computedAt : null }],
      skipDuplicates: true,
    });
    return created.count === 1;
  }
  if (change.previous === change.next) {
    await db.serviceReputation.update({ where: { serviceId }, data });
    return false;
  }
  const updated = await db.serviceReputation.updateMany({
    where: { serviceId, state: change.previous },
    data: {
      ...data,
      state: change.next,
      stateChangedAt: figures.computedAt,
      ...(change.warned ? { warnedAt: figures.computedAt } : change.next === "ok" ? { warnedAt: null } : {}),
    },
  });
  return updated.count === 1;
}

export async function findServiceReputation(serviceId: string): Promise<ServiceReputationRow | null> {
  const row = await getDb().serviceReputation.findUnique({ where: { serviceId }, select: REPUTATION_SELECT });
  return row ? toRow(row) : null;
}

export type ServiceReputationOverview = ServiceReputationRow & { name: string; active: boolean };

/** Every service's stored figures with its name and whether it may send, worst state first, then highest bounce rate. */
export async function listServiceReputations(): Promise<ServiceReputationOverview[]> {
  const rows = await getDb().serviceReputation.findMany({
    select: { ...REPUTATION_SELECT, service: { select: { name: true, active: true } } },
    orderBy: [{ state: "desc" }, { bounceRate: { sort: "desc", nulls: "last" } }, { complaintRate: { sort: "desc", nulls: "last" } }, { emailsSent: "desc" }],
  });
  return rows.map(({ service, ...r }) => ({ ...toRow(r), name: service.name, active: service.active }));
}

/** Names and addresses of the service's active members who manage it (the stored permissions behind "Manage settings, team and usage"). */
export async function listServiceManagers(serviceId: string, stored: readonly ("manage_users" | "manage_settings")[]): Promise<{ userId: string; name: string; emailAddress: string }[]> {
  const rows = await getDb().serviceUser.findMany({
    where: { serviceId, permissions: { hasEvery: [...stored] }, user: { state: "active" } },
    select: { user: { select: { id: true, name: true, emailAddress: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, emailAddress: r.user.emailAddress }));
}

export async function findServiceName(serviceId: string): Promise<string | null> {
  const row = await getDb().service.findUnique({ where: { id: serviceId }, select: { name: true } });
  return row?.name ?? null;
}
