// Rules for a service's downloadable message reports (GSA's 1-, 3-, 5- and 7-day activity
// downloads): which periods may be asked for, the CSV's columns, and how times are written.
import { csvLine } from "../csv/write";
import { DISPLAY_TIME_ZONE } from "../notifications/schedule";
import type { NotificationStatusName } from "../notifications/status";
import { statusLabel } from "../notifications/status-labels";

/** The periods offered, in days; never more than the service keeps messages for. */
export const REPORT_DAYS = [1, 3, 5, 7] as const;
export type ReportDays = (typeof REPORT_DAYS)[number];

const DAY_MS = 86_400_000;

/** The periods a service may download: those no longer than its retention (at least the 1-day one). */
export function allowedReportDays(retentionDays: number): ReportDays[] {
  const allowed = REPORT_DAYS.filter((d) => d <= retentionDays);
  return allowed.length > 0 ? allowed : [REPORT_DAYS[0]];
}

/** A report is kept as long as a message sent when it was asked for: the retention, counted from its creation. */
export function reportExpiry(createdAt: Date, retentionDays: number): Date {
  return new Date(createdAt.getTime() + retentionDays * DAY_MS);
}

/**
 * When the nightly purge (07:00 UTC) removes a message: the first run on or after midnight UTC of
 * the day it was created plus the retention plus one (it removes messages created before
 * midnight of today minus the retention).
 */
export function messageDeletionDate(createdAt: Date, retentionDays: number): Date {
  const midnight = Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth(), createdAt.getUTCDate());
  return new Date(midnight + (retentionDays + 1) * DAY_MS + 7 * 3_600_000);
}

export const REPORT_COLUMNS = ["Recipient", "Reference", "Template", "Type", "Sent by", "Sent by email", "Job", "Row number", "Status", "Time", "API key name"] as const;

export type ReportRow = {
  to: string;
  clientReference: string | null;
  templateName: string;
  notificationType: "sms" | "email";
  status: NotificationStatusName;
  createdAt: Date;
  userName: string | null;
  userEmail: string | null;
  jobName: string | null;
  jobRowNumber: number | null;
  apiKeyName: string | null;
};

const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: DISPLAY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: true,
  timeZoneName: "short",
});

/** GSA's report time: `YYYY-MM-DD hh:mm:ss AM Zone` in the service's time zone (Eastern). */
export function formatReportTime(date: Date): string {
  const p: Record<string, string> = {};
  for (const part of parts.formatToParts(date)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} ${p.dayPeriod} ${p.timeZoneName}`;
}

const HOUR_MS = 3_600_000;

/**
 * Writes report lines. Formatting a time zone is slow next to everything else here, so the parts
 * of each hour are formatted once and the minutes and seconds filled in (when the zone's offset is
 * whole hours, as in every US zone; otherwise each time is formatted in full). Every cell goes
 * through the formula-safe CSV writer.
 */
export function createReportLineWriter(): { header: () => string; line: (row: ReportRow) => string } {
  let cachedHour = Number.NaN;
  let hourPrefix: string | null = null;
  let hourSuffix = "";
  const timeOf = (date: Date): string => {
    const ms = date.getTime();
    const hour = Math.floor(ms / HOUR_MS);
    if (hour !== cachedHour) {
      cachedHour = hour;
      const p: Record<string, string> = {};
      for (const part of parts.formatToParts(new Date(hour * HOUR_MS))) p[part.type] = part.value;
      hourPrefix = p.minute === "00" && p.second === "00" ? `${p.year}-${p.month}-${p.day} ${p.hour}:` : null;
      hourSuffix = ` ${p.dayPeriod} ${p.timeZoneName}`;
    }
    if (hourPrefix === null) return formatReportTime(date);
    const inHour = Math.floor((ms - cachedHour * HOUR_MS) / 1000);
    return `${hourPrefix}${String(Math.floor(inHour / 60)).padStart(2, "0")}:${String(inHour % 60).padStart(2, "0")}${hourSuffix}`;
  };
  return {
    header: () => csvLine(REPORT_COLUMNS),
    line: (row) => {
      const time = timeOf(row.createdAt);
      return csvLine([
        row.to,
        row.clientReference,
        row.templateName,
        row.notificationType === "sms" ? "text message" : "email",
        // A person for portal sends (one-off or spreadsheet); otherwise it came through the API.
        row.userName ?? "API",
        row.userEmail,
        row.jobName,
        row.jobRowNumber === null ? null : row.jobRowNumber + 2,
        statusLabel(row.status, row.notificationType),
        time,
        row.apiKeyName,
      ]);
    },
  };
}
