// The aggregate ("counts only") form of every downloadable report – messages, a spreadsheet job,
// usage: one line per day, channel, template, job and status with how many messages (and text
// message parts) there were. It holds no recipient, personalisation or message content, so a
// service may choose it as the only form its members download (GSA/notifications-admin #2219).
import { csvLine } from "../csv/write";
import type { NotificationStatusName } from "../notifications/status";
import { statusLabel } from "../notifications/status-labels";

/** Which reports a service's members may download (services.report_downloads). */
export const REPORT_DOWNLOADS = ["with_recipients", "counts_only"] as const;
export type ReportDownloads = (typeof REPORT_DOWNLOADS)[number];

/** The setting in words, for the settings page and its summary row. */
export const REPORT_DOWNLOADS_LABELS: Record<ReportDownloads, string> = {
  with_recipients: "With recipients",
  counts_only: "Counts only (no phone numbers or email addresses)",
};

export const AGGREGATE_COLUMNS = ["Day", "Type", "Template", "Job ID", "Status", "Messages", "Text message parts"] as const;

export type AggregateRow = {
  /** The calendar day (YYYY-MM-DD) in the service's time zone (Eastern). */
  day: string;
  notificationType: "sms" | "email";
  templateName: string;
  /**
   * The job's id for a spreadsheet's messages (as in the job page's address), null for one-off and
   * API messages. Not the file name: a person chose it, and it may hold a name or a phone number.
   */
  jobId: string | null;
  status: NotificationStatusName;
  messages: number;
  /** Text message parts (billable units); null when the source doesn't know them. */
  smsParts: number | null;
};

/** The report's CSV: a header and one formula-safe line per row, in the order given. */
export function aggregateCsv(rows: readonly AggregateRow[]): string {
  let csv = csvLine(AGGREGATE_COLUMNS);
  for (const row of rows) {
    csv += csvLine([
      row.day,
      row.notificationType === "sms" ? "text message" : "email",
      row.templateName,
      row.jobId,
      statusLabel(row.status, row.notificationType),
      row.messages,
      row.notificationType === "sms" ? row.smsParts : null,
    ]);
  }
  return csv;
}

/** A download's file name for the counts form: the report and a day only, never a name the service chose. */
export function aggregateFileName(what: string, day: string): string {
  return `${what}-counts-${day}.csv`;
}
