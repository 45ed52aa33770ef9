// The counts behind every report's aggregate form, computed in PostgreSQL with GROUP BY so a
// service with a million messages is never read into memory: the message report and a job's report
// from notifications (over the service/created_at and job_id/job_row_number indexes), usage from
// the nightly facts (ft_notification_status) plus today's messages. Template names are joined after
// grouping; a job is named by its id, never by the spreadsheet's file name (which a person chose
// and may hold a name or a phone number).
import type { NotificationStatusName } from "../domain/notifications/status";
import type { AggregateRow } from "../domain/reports/aggregate-report";
import { getDb } from "./client";
import type { NotificationType, ReportDownloads } from "./generated/client";
import { getPool } from "./pool";
import { reportFilterSql, type ReportRowFilter } from "./reports";

const NO_JOB = "00000000-0000-0000-0000-000000000000";

type RawCount = { day: string; notification_type: NotificationType; template_name: string; job_id: string | null; status: string; messages: number; sms_parts: number };

/** `grouped` yields (day, notification_type, template_id, job_id, notification_status, messages, sms_parts); this names and orders it. */
async function namedCounts(grouped: string, params: unknown[]): Promise<AggregateRow[]> {
  const { rows } = await getPool().query<RawCount>(
    `WITH counts AS (${grouped})
     SELECT to_char(c.day, 'YYYY-MM-DD') AS day, c.notification_type, coalesce(t.name, '') AS template_name, c.job_id::text AS job_id,
            c.notification_status::text AS status, c.messages::int AS messages, c.sms_parts::int AS sms_parts
       FROM counts c
       LEFT JOIN templates t ON t.id = c.template_id
      ORDER BY c.day DESC, template_name, c.job_id NULLS FIRST, c.notification_type, status`,
    params,
  );
  return rows.map((r) => ({ day: r.day, notificationType: r.notification_type, templateName: r.template_name, jobId: r.job_id, status: r.status as NotificationStatusName, messages: r.messages, smsParts: r.sms_parts }));
}

const LOCAL_DAY = (tz: string) => `((n.created_at AT TIME ZONE 'UTC') AT TIME ZONE ${tz})::date`;
const COUNTS = "count(*) AS messages, coalesce(sum(n.billable_units), 0) AS sms_parts";

/** The message report's counts: messages created in [since, until), test-key ones left out, with the report's filters. */
export async function countReportMessages(filter: ReportRowFilter, timeZone: string): Promise<AggregateRow[]> {
  const { params, extra } = reportFilterSql(filter);
  params.push(timeZone);
  return namedCounts(
    `SELECT ${LOCAL_DAY(`$${params.length}`)} AS day, n.notification_type, n.template_id, n.job_id, n.notification_status, ${COUNTS}
       FROM notifications n
      WHERE n.service_id = $1::uuid AND n.key_type <> 'test' AND n.created_at >= $2::timestamp AND n.created_at < $3::timestamp${extra}
      GROUP BY 1, 2, 3, 4, 5`,
    params,
  );
}

/** A spreadsheet job's counts (every row it sent, by the day it was created and its status). */
export async function countJobMessages(serviceId: string, jobId: string, timeZone: string): Promise<AggregateRow[]> {
  return namedCounts(
    `SELECT ${LOCAL_DAY("$3")} AS day, n.notification_type, n.template_id, n.job_id, n.notification_status, ${COUNTS}
       FROM notifications n
      WHERE n.job_id = $2::uuid AND n.service_id = $1::uuid
      GROUP BY 1, 2, 3, 4, 5`,
    [serviceId, jobId, timeZone],
  );
}

/**
 * Usage counts for days in [firstDay, today) from the nightly facts, and for today from the
 * notifications themselves (as the usage page counts them); test-key messages left out.
 */
export async function countUsageMessages(serviceId: string, firstDay: string, today: string, timeZone: string): Promise<AggregateRow[]> {
  return namedCounts(
    `SELECT day, notification_type, template_id, nullif(job_id, '${NO_JOB}'::uuid) AS job_id, notification_status, sum(messages) AS messages, sum(sms_parts) AS sms_parts
       FROM (
         SELECT local_date AS day, notification_type, template_id, job_id, notification_status, notification_count AS messages, billable_units AS sms_parts
           FROM ft_notification_status
          WHERE service_id = $1::uuid AND local_date >= $2::date AND local_date < $3::date AND key_type <> 'test'
         UNION ALL
         SELECT $3::date, n.notification_type, n.template_id, coalesce(n.job_id, '${NO_JOB}'::uuid), n.notification_status, ${COUNTS}
           FROM notifications n
          WHERE n.service_id = $1::uuid AND n.created_at >= ($3::date::timestamp AT TIME ZONE $4) AT TIME ZONE 'UTC' AND n.key_type <> 'test'
          GROUP BY 2, 3, 4, 5
       ) u
      GROUP BY 1, 2, 3, 4, 5`,
    [serviceId, firstDay, today, timeZone],
  );
}

/** The service's report-downloads setting, or null for an unknown service. */
export async function findReportDownloads(serviceId: string): Promise<ReportDownloads | null> {
  const row = await getDb().service.findUnique({ where: { id: serviceId }, select: { reportDownloads: true } });
  return row?.reportDownloads ?? null;
}

export async function updateReportDownloads(serviceId: string, reportDownloads: ReportDownloads): Promise<void> {
  await getDb().service.update({ where: { id: serviceId }, data: { reportDownloads }, select: { id: true } });
}
