// Usage figures: the nightly per-day aggregate (ft_notification_status, Notify's fact table) and
// the sums the usage pages read from it, plus today's live counts from notifications. Days are
// calendar days in the given IANA time zone; test-key messages are kept in the facts (with their
// key type) but never counted as usage.
import { getDb } from "./client";
import { getPool } from "./pool";

const NO_JOB = "00000000-0000-0000-0000-000000000000";
const KEYS = "service_id, template_id, job_id, notification_type, key_type, notification_status";

/**
 * Recomputes one day's facts from notifications and notification_history (messages past their
 * retention still count) in one statement: every (service, template, job, channel, key type,
 * status) of the day is upserted with its count and SMS parts, and facts of that day with no
 * messages any more (a status that moved on) are deleted. Running it again changes nothing.
 */
export async function aggregateNotificationStatusForDay(day: string, timeZone: string): Promise<{ upserted: number; removed: number }> {
  const { rows } = await getPool().query<{ upserted: number; removed: number }>(
    `WITH bounds AS (
       SELECT ($1::date::timestamp AT TIME ZONE $2) AT TIME ZONE 'UTC' AS start_at,
              (($1::date + 1)::timestamp AT TIME ZONE $2) AT TIME ZONE 'UTC' AS end_at
     ), src AS (
       SELECT ${KEYS}, billable_units FROM notifications, bounds WHERE created_at >= bounds.start_at AND created_at < bounds.end_at
       UNION ALL
       SELECT ${KEYS}, billable_units FROM notification_history, bounds WHERE created_at >= bounds.start_at AND created_at < bounds.end_at
     ), fresh AS (
       SELECT service_id, template_id, coalesce(job_id, '${NO_JOB}'::uuid) AS job_id, notification_type, key_type, notification_status,
              count(*)::int AS notification_count, coalesce(sum(billable_units), 0)::int AS billable_units
         FROM src GROUP BY 1, 2, 3, 4, 5, 6
     ), upserted AS (
       INSERT INTO ft_notification_status (local_date, ${KEYS}, notification_count, billable_units, updated_at)
       SELECT $1::date, ${KEYS}, notification_count, billable_units, now() FROM fresh
       ON CONFLICT (local_date, ${KEYS}) DO UPDATE
         SET notification_count = excluded.notification_count, billable_units = excluded.billable_units, updated_at = excluded.updated_at
       RETURNING 1
     ), removed AS (
       DELETE FROM ft_notification_status f
        WHERE f.local_date = $1::date
          AND NOT EXISTS (SELECT 1 FROM fresh x WHERE (x.service_id, x.template_id, x.job_id, x.notification_type, x.key_type, x.notification_status)
                                                    = (f.service_id, f.template_id, f.job_id, f.notification_type, f.key_type, f.notification_status))
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM upserted)::int AS upserted, (SELECT count(*) FROM removed)::int AS removed`,
    [day, timeZone],
  );
  return rows[0] ?? { upserted: 0, removed: 0 };
}

export type UsageCounts = { serviceId: string; month: string; notificationType: "sms" | "email"; messages: number; smsParts: number };

/**
 * Messages and SMS parts per service, month (YYYY-MM) and channel: facts for days in
 * [firstDay, today), plus live counts from notifications since the start of `today`. One service,
 * or every service when serviceId is null.
 */
export async function sumUsage(serviceId: string | null, firstDay: string, today: string, timeZone: string): Promise<UsageCounts[]> {
  const { rows } = await getPool().query<UsageCounts>(
    `WITH facts AS (
       SELECT service_id, to_char(local_date, 'YYYY-MM') AS month, notification_type, sum(notification_count)::int AS messages, sum(billable_units)::int AS sms_parts
         FROM ft_notification_status
        WHERE local_date >= $2::date AND local_date < $3::date AND key_type <> 'test' AND ($1::uuid IS NULL OR service_id = $1::uuid)
        GROUP BY 1, 2, 3
     ), live AS (
       SELECT service_id, to_char($3::date, 'YYYY-MM') AS month, notification_type, count(*)::int AS messages, coalesce(sum(billable_units), 0)::int AS sms_parts
         FROM notifications
        WHERE created_at >= ($3::date::timestamp AT TIME ZONE $4) AT TIME ZONE 'UTC' AND key_type <> 'test' AND ($1::uuid IS NULL OR service_id = $1::uuid)
        GROUP BY 1, 2, 3
     )
     SELECT service_id AS "serviceId", month, notification_type::text AS "notificationType", sum(messages)::int AS messages, sum(sms_parts)::int AS "smsParts"
       FROM (SELECT * FROM facts UNION ALL SELECT * FROM live) u
      GROUP BY 1, 2, 3
      ORDER BY 2`,
    [serviceId, firstDay, today, timeZone],
  );
  return rows;
}

/** Free SMS parts for the year per service (annual_billing rows only; callers apply the default). */
export async function findFreeSmsAllowances(serviceIds: readonly string[] | null, financialYearStart: number): Promise<Map<string, number>> {
  const rows = await getDb().annualBilling.findMany({
    where: { financialYearStart, ...(serviceIds ? { serviceId: { in: [...serviceIds] } } : {}) },
    select: { serviceId: true, freeSmsFragmentLimit: true },
  });
  return new Map(rows.map((r) => [r.serviceId, r.freeSmsFragmentLimit]));
}
