// Spreadsheet uploads and the jobs that send them. Page reads are scoped to a service; the worker's
// fan-out reads by job id (ids come from jobs we queued). Fan-out inserts go through the shared pool
// as multi-row statements that also queue each new notification's delivery, so a batch is stored
// and queued together, and a restarted fan-out skips rows it already made (job_id, job_row_number).
import { from as copyFrom } from "pg-copy-streams";
import { getDb } from "./client";
import type { JobStatus } from "./generated/client";
import { DAILY_SHARDS } from "./notifications";
import { getPool, inTransaction } from "./pool";
import { fromDbStatus } from "./status-names";
import type { NotificationStatusName } from "../domain/notifications/status";
import { addJobSql, jobSpecSql } from "../jobs/queue-sql";
import { fanOutQueue, LAST_BULK_PRIORITY, TURN_FLAG_PREFIXES, type Lane } from "../jobs/lanes";
import { rankBulkTurns } from "./bulk-lane";
import type { DailyAllowance } from "../domain/notifications/limits";
import { SUPPRESSED_RESPONSE_PREFIX } from "../domain/recipients/suppression";

export async function insertUpload(upload: { id: string; serviceId: string; templateId: string; originalFileName: string; storageKey: string; createdById: string; contactListId?: string }): Promise<void> {
  await getDb().upload.create({ data: upload });
}

export async function findUpload(serviceId: string, id: string) {
  return getDb().upload.findFirst({ where: { id, serviceId }, select: { id: true, templateId: true, originalFileName: true, storageKey: true, contactListId: true, createdAt: true } });
}

export async function recordUploadCheck(serviceId: string, id: string, result: { rowCount: number | null; isValid: boolean }): Promise<void> {
  await getDb().upload.updateMany({ where: { id, serviceId }, data: result });
}

export type NewJob = {
  id: string;
  serviceId: string;
  templateId: string;
  templateVersion: number;
  originalFileName: string;
  storageKey: string;
  notificationCount: number;
  scheduledFor: Date | null;
  /** The user who uploaded it; null for jobs created through the API. */
  createdById: string | null;
  /** The saved contact list it was sent from, if any. */
  contactListId?: string | null;
  /** The lane its messages go to (laneForSend); where its fan-out is queued follows from it (fanOutQueue). */
  lane: Lane;
};

/** Creates the job and queues its fan-out (at the scheduled time) in one transaction. */
export async function insertJobAndEnqueue(job: NewJob): Promise<void> {
  await inTransaction(async (client) => {
    await client.query(
      `INSERT INTO jobs (id, service_id, template_id, template_version, original_file_name, storage_key, notification_count, job_status, scheduled_for, created_by_id, contact_list_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::job_status, $9::timestamp, $10, $11, now() AT TIME ZONE 'utc', now() AT TIME ZONE 'utc')`,
      [job.id, job.serviceId, job.templateId, job.templateVersion, job.originalFileName, job.storageKey, job.notificationCount, job.scheduledFor ? "scheduled" : "pending", job.scheduledFor ? job.scheduledFor.toISOString().replace("Z", "") : null, job.createdById, job.contactListId ?? null],
    );
    await client.query(`SELECT ${addJobSql("process-job", { jobId: "$1::text" }, { runAt: "$2::timestamptz", jobKey: "$3::text", ...fanOutQueue(job.lane) })}`, [job.id, job.scheduledFor, `job:${job.id}`]);
  });
}

export type JobForProcessing = { id: string; serviceId: string; templateId: string; templateVersion: number; originalFileName: string; storageKey: string | null; notificationCount: number; jobStatus: JobStatus; createdById: string | null };

export async function findJobForProcessing(jobId: string): Promise<JobForProcessing | null> {
  return getDb().job.findUnique({
    where: { id: jobId },
    select: { id: true, serviceId: true, templateId: true, templateVersion: true, originalFileName: true, storageKey: true, notificationCount: true, jobStatus: true, createdById: true },
  });
}

/** Moves a job to `to` only from one of `from` (compare-and-set); true when it moved. */
export async function setJobStatus(jobId: string, from: JobStatus[], to: JobStatus, fields: { processingStarted?: Date; processingFinished?: Date } = {}): Promise<boolean> {
  return (await getDb().job.updateMany({ where: { id: jobId, jobStatus: { in: from } }, data: { jobStatus: to, ...fields } })).count === 1;
}

export async function reserveDailyAllowance({ key, limit, day }: DailyAllowance, count: number): Promise<boolean> {
  const { rows } = await getPool().query<{ ok: boolean }>(`SELECT notify_take_daily_allowance($1, $2, $3::timestamp, $4, $5) AS ok`, [key, limit, day.toISOString().replace("Z", ""), DAILY_SHARDS, count]);
  return rows[0]?.ok ?? false;
}

export async function usedDailyAllowance({ key, day }: DailyAllowance): Promise<number> {
  const { rows } = await getPool().query<{ used: number }>(`SELECT notify_daily_allowance_used($1, $2::timestamp, $3) AS used`, [key, day.toISOString().replace("Z", ""), DAILY_SHARDS]);
  return rows[0]?.used ?? 0;
}

/** What every notification of one job's fan-out shares. */
export type JobFanOut = {
  /** Whether the service has a "do not send" list for the channel: only then is each row looked up in it (the fan-out of a service without one costs nothing more). */
  hasSuppressions?: boolean;
  jobId: string;
  serviceId: string;
  notificationType: "sms" | "email";
  templateId: string;
  templateVersion: number;
  createdById: string | null;
  replyToText: string | null;
  /** The lane its messages are delivered from: bulk, or priority for a priority template's (laneForSend). */
  lane: Lane;
};

/** One spreadsheet row's notification (its id is given when it is inserted). */
export type JobNotificationRow = {
  to: string;
  normalisedTo: string;
  personalisationEncrypted: string;
  jobRowNumber: number;
  billableUnits: number;
  international: boolean;
};

/** A value in COPY's text format: backslash, tab, new line and carriage return escaped. */
function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : value;
}

/**
 * A row in the form the fan-out loads it (PostgreSQL COPY text, without its id): made once per row,
 * then stored with a checked upload (prepared-rows.ts) or inserted straight away.
 */
export function jobNotificationCopyText(row: JobNotificationRow): string {
  return `${copyText(row.to)}\t${copyText(row.normalisedTo)}\t${row.personalisationEncrypted}\t${row.jobRowNumber}\t${row.billableUnits}\t${row.international ? "t" : "f"}`;
}

const FAN_OUT_STAGE = `CREATE TEMP TABLE IF NOT EXISTS fan_out_rows (id uuid, "to" text, normalised_to text, personalisation text, job_row_number int, billable_units int, international boolean) ON COMMIT DELETE ROWS`;

/**
 * The fan-out's insert, queueing its new notifications in `lane` (bulk ones unranked, for
 * rankBulkTurns; with DELIVERY_LANES=off at the one priority everything has, first come first
 * served). Built when used: a job's priority depends on the configuration (DELIVERY_LANES).
 */
function fanOutInsertSql(lane: Lane, hasSuppressions: boolean): string {
  const turn = [`'${TURN_FLAG_PREFIXES.service}' || $1::text`, `'${TURN_FLAG_PREFIXES.job}' || $5::text`];
  const batch = jobSpecSql("send-batch", { notificationIds: "json_agg(id)", serviceId: "$1::text", jobId: "$5::text" }, { lane, flagsSql: turn, ...(lane === "bulk" ? { priority: LAST_BULK_PRIORITY } : {}) });
  return `WITH ins AS (
     INSERT INTO notifications (id, service_id, notification_type, template_id, template_version, "to", normalised_to, personalisation, job_id, job_row_number,
       created_by_id, billable_units, international, reply_to_text, key_type, notification_status, provider_response, failed_at, created_at, updated_at)
     SELECT f.id, $1, $2::notification_type, $3, $4, f."to", f.normalised_to, f.personalisation, $5, f.job_row_number,
       $6, CASE WHEN s.reason IS NULL THEN f.billable_units ELSE 0 END, f.international, $7, 'normal',
       CASE WHEN s.reason IS NULL THEN 'created' ELSE 'validation-failed' END::notification_status,
       CASE WHEN s.reason IS NULL THEN NULL ELSE '${SUPPRESSED_RESPONSE_PREFIX}' || s.reason END,
       CASE WHEN s.reason IS NULL THEN NULL ELSE now() AT TIME ZONE 'utc' END,
       now() AT TIME ZONE 'utc', now() AT TIME ZONE 'utc'
     FROM fan_out_rows f
     -- On the service's "do not send" list now (for every sender or the one this job uses): stored as not sent, not queued.
     ${
       hasSuppressions
         ? `LEFT JOIN LATERAL (
       SELECT reason::text AS reason FROM suppressed_recipients
        WHERE service_id = $1 AND channel = $2::text::suppression_channel AND recipient = f.normalised_to AND sending_number IN ('', coalesce($7, ''))
        LIMIT 1
     ) s ON true`
         : "CROSS JOIN (SELECT NULL::text AS reason) s"
     }
     ON CONFLICT (job_id, job_row_number) DO NOTHING
     RETURNING id, notification_status
   ), queued AS (
     -- One send-batch job per 1,000 new notifications (the worker sends a batch in a few queries).
     SELECT graphile_worker.add_jobs(ARRAY(
       SELECT ${batch}
       FROM (SELECT id, (row_number() OVER () - 1) / 1000 AS chunk FROM ins WHERE notification_status = 'created') AS numbered GROUP BY chunk
     )) AS jobs
   )
   SELECT (SELECT count(*)::int FROM ins) AS inserted, (SELECT count(*) FROM queued) AS q`;
}

/**
 * Stores a batch of a job's notifications and queues delivery for the ones that are new (as
 * send-batch jobs of up to 1,000), in one transaction: the rows are COPied into a per-connection
 * staging table, then one statement inserts them (rows an earlier, crashed run already made are
 * skipped by job id + row number) and queues the new ones in the job's lane (bulk batches then
 * get their turns, lib/db/bulk-lane.ts). Returns how many were new.
 */
export async function insertJobNotifications(job: JobFanOut, rows: readonly { id: string; copyText: string }[]): Promise<number> {
  if (rows.length === 0) return 0;
  return inTransaction(async (client) => {
    await client.query(FAN_OUT_STAGE);
    let text = "";
    for (const row of rows) text += `${row.id}\t${row.copyText}\n`;
    await new Promise<void>((resolve, reject) => {
      const stream = client.query(copyFrom("COPY fan_out_rows FROM STDIN"));
      stream.on("finish", resolve);
      stream.on("error", reject);
      stream.end(text);
    });
    const { rows: result } = await client.query<{ inserted: number }>(fanOutInsertSql(job.lane, job.hasSuppressions ?? false), [job.serviceId, job.notificationType, job.templateId, job.templateVersion, job.jobId, job.createdById, job.replyToText]);
    if (job.lane === "bulk") await rankBulkTurns(client, job.serviceId);
    return result[0]?.inserted ?? 0;
  });
}

export type JobSummary = {
  id: string;
  originalFileName: string;
  templateId: string;
  templateName: string;
  templateType: "sms" | "email";
  notificationCount: number;
  jobStatus: JobStatus;
  scheduledFor: Date | null;
  createdAt: Date;
  createdByName: string | null;
  processingStarted: Date | null;
  processingFinished: Date | null;
  counts: Partial<Record<NotificationStatusName, number>>;
};

async function statusCounts(jobIds: string[]): Promise<Map<string, Partial<Record<NotificationStatusName, number>>>> {
  if (jobIds.length === 0) return new Map();
  const groups = await getDb().notification.groupBy({ by: ["jobId", "status"], where: { jobId: { in: jobIds } }, _count: { _all: true } });
  const out = new Map<string, Partial<Record<NotificationStatusName, number>>>();
  for (const g of groups) {
    if (!g.jobId) continue;
    const counts = out.get(g.jobId) ?? {};
    counts[fromDbStatus(g.status)] = g._count._all;
    out.set(g.jobId, counts);
  }
  return out;
}

const JOB_SELECT = {
  id: true,
  originalFileName: true,
  templateId: true,
  notificationCount: true,
  jobStatus: true,
  scheduledFor: true,
  createdAt: true,
  processingStarted: true,
  processingFinished: true,
  template: { select: { name: true, templateType: true } },
  createdBy: { select: { name: true } },
} as const;

export async function listJobs(serviceId: string, limit = 50): Promise<JobSummary[]> {
  const jobs = await getDb().job.findMany({ where: { serviceId, archived: false }, orderBy: { createdAt: "desc" }, take: limit, select: JOB_SELECT });
  const counts = await statusCounts(jobs.map((j) => j.id));
  return jobs.map(({ template, createdBy, ...j }) => ({ ...j, templateName: template.name, templateType: template.templateType, createdByName: createdBy?.name ?? null, counts: counts.get(j.id) ?? {} }));
}

export async function findJob(serviceId: string, jobId: string): Promise<JobSummary | null> {
  const job = await getDb().job.findFirst({ where: { id: jobId, serviceId }, select: JOB_SELECT });
  if (!job) return null;
  const { template, createdBy, ...j } = job;
  return { ...j, templateName: template.name, templateType: template.templateType, createdByName: createdBy?.name ?? null, counts: (await statusCounts([job.id])).get(job.id) ?? {} };
}

export type JobRow = { id: string; jobRowNumber: number | null; to: string; status: NotificationStatusName; providerResponse: string | null; updatedAt: Date | null; createdAt: Date };

export async function listJobNotifications(serviceId: string, jobId: string, options: { statuses?: NotificationStatusName[]; skip?: number; take?: number } = {}): Promise<{ rows: JobRow[]; total: number }> {
  const where = { serviceId, jobId, ...(options.statuses?.length ? { status: { in: options.statuses.map((s) => s.replace(/-/g, "_") as never) } } : {}) };
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.notification.findMany({ where, orderBy: { jobRowNumber: "asc" }, skip: options.skip, take: options.take, select: { id: true, jobRowNumber: true, to: true, status: true, providerResponse: true, updatedAt: true, createdAt: true } }),
    db.notification.count({ where }),
  ]);
  return { rows: rows.map((r) => ({ ...r, status: fromDbStatus(r.status) })), total };
}

const CANCEL_UNSENT_SQL = `UPDATE notifications SET notification_status = 'cancelled', cancelled_at = now() AT TIME ZONE 'utc', updated_at = now() AT TIME ZONE 'utc' WHERE job_id = $1 AND notification_status = 'created'`;

/** Cancels a scheduled (or running) job: its fan-out is removed, and messages not yet sent are cancelled. */
export async function cancelJob(serviceId: string, jobId: string): Promise<boolean> {
  return inTransaction(async (client) => {
    const moved = await client.query(`UPDATE jobs SET job_status = 'cancelled', updated_at = now() AT TIME ZONE 'utc' WHERE id = $1 AND service_id = $2 AND job_status IN ('scheduled', 'pending', 'in progress') RETURNING id`, [jobId, serviceId]);
    if (moved.rowCount === 0) return false; // nothing changed: committing the empty transaction is the same as rolling it back
    await client.query(`SELECT graphile_worker.remove_job($1)`, [`job:${jobId}`]);
    await client.query(CANCEL_UNSENT_SQL, [jobId]);
    return true;
  });
}

/** Cancels a job's messages that have not left yet (after the job itself was cancelled). */
export async function cancelUnsentJobNotifications(jobId: string): Promise<number> {
  const result = await getPool().query(CANCEL_UNSENT_SQL, [jobId]);
  return result.rowCount ?? 0;
}

// Contact lists: a service's saved recipient files (Notify's service_contact_list). The file lives in
// the file store; the row says what it is. Deleting archives the row once its file is gone.

export type ContactListSummary = {
  id: string;
  originalFileName: string;
  rowCount: number;
  templateType: "sms" | "email";
  storageKey: string;
  createdAt: Date;
  createdByName: string | null;
};

const CONTACT_LIST_SELECT = { id: true, originalFileName: true, rowCount: true, templateType: true, storageKey: true, createdAt: true, createdBy: { select: { name: true } } } as const;

export async function insertContactList(list: { id: string; serviceId: string; originalFileName: string; storageKey: string; rowCount: number; templateType: "sms" | "email"; createdById: string }): Promise<void> {
  await getDb().contactList.create({ data: list });
}

export async function listContactLists(serviceId: string): Promise<ContactListSummary[]> {
  const lists = await getDb().contactList.findMany({ where: { serviceId, archived: false }, orderBy: { createdAt: "desc" }, select: CONTACT_LIST_SELECT });
  return lists.map(({ createdBy, ...l }) => ({ ...l, createdByName: createdBy.name }));
}

export async function findContactList(serviceId: string, id: string): Promise<ContactListSummary | null> {
  const list = await getDb().contactList.findFirst({ where: { id, serviceId, archived: false }, select: CONTACT_LIST_SELECT });
  if (!list) return null;
  const { createdBy, ...l } = list;
  return { ...l, createdByName: createdBy.name };
}

/** Archives a list (after its file is deleted); false when there was no such list. */
export async function archiveContactList(serviceId: string, id: string): Promise<boolean> {
  return (await getDb().contactList.updateMany({ where: { id, serviceId, archived: false }, data: { archived: true } })).count === 1;
}

/** Days a service keeps each channel's data: service_data_retention, else the service's default. */
export async function findChannelRetentionDays(serviceId: string): Promise<Record<"sms" | "email", number> | null> {
  const service = await getDb().service.findUnique({ where: { id: serviceId }, select: { messageRetentionDays: true, dataRetention: { select: { notificationType: true, daysOfRetention: true } } } });
  if (!service) return null;
  const days = (type: "sms" | "email") => service.dataRetention.find((r) => r.notificationType === type)?.daysOfRetention ?? service.messageRetentionDays;
  return { sms: days("sms"), email: days("email") };
}

/** Contact lists (archived or not) created before midnight UTC of (`now` − the service's retention for their channel), oldest first. */
export async function listExpiredContactLists(now: Date, limit: number): Promise<{ id: string; storageKey: string }[]> {
  return getDb().$queryRaw<{ id: string; storageKey: string }[]>`
    SELECT c.id, c.storage_key AS "storageKey"
      FROM service_contact_list c
      JOIN services s ON s.id = c.service_id
      LEFT JOIN service_data_retention r ON r.service_id = c.service_id AND r.notification_type::text = c.template_type::text
     WHERE c.created_at < date_trunc('day', ${now}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => coalesce(r.days_of_retention, s.message_retention_days))
     ORDER BY c.created_at
     LIMIT ${limit}`;
}

/** Deletes contact list rows for good (their jobs keep their own copy and lose only the link). */
export async function deleteContactLists(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await getDb().contactList.deleteMany({ where: { id: { in: [...ids] } } });
}
