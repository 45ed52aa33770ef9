// Data retention and timeouts, as set-based SQL in bounded chunks (so a night with millions of
// rows never holds one huge transaction): notifications past their service's retention move to
// notification_history without recipient or personalisation; sending/pending notifications past
// the timeout become failures; spreadsheets past retention are listed for deletion.
import { getDb } from "./client";

const HISTORY_COLUMNS =
  "id, service_id, notification_type, template_id, template_version, notification_status, reference, client_reference, job_id, job_row_number, api_key_id, key_type, sent_by, billable_units, message_cost, international, phone_prefix, rate_multiplier, created_at, sent_at, updated_at";

/**
 * Moves up to `limit` notifications created before midnight UTC of (`now` − N days) into
 * notification_history and deletes them, N being the service's retention for that channel
 * (service_data_retention, else services.message_retention_days). Returns how many moved.
 */
export async function moveExpiredNotificationsToHistory(now: Date, limit: number): Promise<number> {
  const rows = await getDb().$queryRawUnsafe<{ moved: bigint }[]>(
    `WITH doomed AS (
       SELECT n.id
         FROM notifications n
         JOIN services s ON s.id = n.service_id
         LEFT JOIN service_data_retention r ON r.service_id = n.service_id AND r.notification_type = n.notification_type
        WHERE n.created_at < date_trunc('day', $1::timestamptz AT TIME ZONE 'UTC') - make_interval(days => coalesce(r.days_of_retention, s.message_retention_days))
        LIMIT $2
        FOR UPDATE OF n SKIP LOCKED
     ), moved AS (
       INSERT INTO notification_history (${HISTORY_COLUMNS})
       SELECT ${HISTORY_COLUMNS} FROM notifications WHERE id IN (SELECT id FROM doomed)
       ON CONFLICT (id) DO UPDATE SET notification_status = excluded.notification_status, billable_units = excluded.billable_units,
         sent_at = excluded.sent_at, updated_at = excluded.updated_at, reference = excluded.reference
       RETURNING 1
     ), deleted AS (
       DELETE FROM notifications WHERE id IN (SELECT id FROM doomed) RETURNING 1
     )
     SELECT count(*) AS moved FROM deleted`,
    now,
    limit,
  );
  return Number(rows[0]?.moved ?? 0);
}

/**
 * Fails up to `limit` notifications created before `cutoff` that never got a final status:
 * sending/pending become temporary-failure and created (never handed over, not scheduled for
 * later) becomes technical-failure, as Notify's nightly timeout does. Returns the changed ids.
 */
export async function timeOutNotifications(cutoff: Date, limit: number): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    WITH stuck AS (
      SELECT id FROM notifications
       WHERE created_at < ${cutoff}::timestamptz AT TIME ZONE 'UTC'
         AND (notification_status IN ('sending', 'pending')
              OR (notification_status = 'created' AND (scheduled_for IS NULL OR scheduled_for < ${cutoff}::timestamptz AT TIME ZONE 'UTC')))
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED
    )
    UPDATE notifications n
       SET notification_status = CASE WHEN n.notification_status = 'created' THEN 'technical-failure'::notification_status ELSE 'temporary-failure'::notification_status END,
           provider_response = coalesce(n.provider_response, CASE WHEN n.notification_status = 'created' THEN 'Not sent within 72 hours' ELSE 'No delivery receipt within 72 hours' END),
           failed_at = now(), updated_at = now()
      FROM stuck WHERE n.id = stuck.id
    RETURNING n.id`;
  return rows.map((row) => row.id);
}

/** A row (job or upload) whose stored file is past retention. */
export type ExpiredFile = { id: string; storageKey: string };

/** Spreadsheet jobs (not archived, with a stored file) older than their service's retention for the template's channel. */
export async function listExpiredJobFiles(now: Date, limit: number): Promise<ExpiredFile[]> {
  return getDb().$queryRaw<ExpiredFile[]>`
    SELECT j.id, j.storage_key AS "storageKey"
      FROM jobs j
      JOIN services s ON s.id = j.service_id
      JOIN templates t ON t.id = j.template_id
      LEFT JOIN service_data_retention r ON r.service_id = j.service_id AND r.notification_type::text = t.template_type::text
     WHERE NOT j.archived AND j.storage_key IS NOT NULL
       AND j.created_at < date_trunc('day', ${now}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => coalesce(r.days_of_retention, s.message_retention_days))
     ORDER BY j.created_at
     LIMIT ${limit}`;
}

/**
 * Uploaded spreadsheets older than their service's retention for the template's channel whose file
 * no job still holds (a job's file goes with the job, above): checked but never sent, or sent and
 * already purged.
 */
export async function listExpiredUploads(now: Date, limit: number): Promise<ExpiredFile[]> {
  return getDb().$queryRaw<ExpiredFile[]>`
    SELECT u.id, u.storage_key AS "storageKey"
      FROM uploads u
      JOIN services s ON s.id = u.service_id
      LEFT JOIN templates t ON t.id = u.template_id
      LEFT JOIN service_data_retention r ON r.service_id = u.service_id AND r.notification_type::text = t.template_type::text
     WHERE u.created_at < date_trunc('day', ${now}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => coalesce(r.days_of_retention, s.message_retention_days))
       AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.storage_key = u.storage_key)
     ORDER BY u.created_at
     LIMIT ${limit}`;
}

export async function deleteUploads(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await getDb().upload.deleteMany({ where: { id: { in: [...ids] } } });
}

/** Marks jobs archived once their file is gone (the job row stays for statistics). */
export async function archiveJobs(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await getDb().job.updateMany({ where: { id: { in: [...ids] } }, data: { archived: true, storageKey: null } });
}
