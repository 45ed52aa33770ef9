// The reputation monitor (cron task monitor-reputation, every 5 minutes): each service's rolling
// 7-day bounce and complaint rates against SES's thresholds and its texts' failure rate per
// sender, stored in service_reputation. When a service's state gets worse, its managers are
// emailed once, through the platform's own message path; back at ok, the next crossing warns again.
import {
  countComplaintsSince,
  countPermanentFailuresSince,
  findLatestSentHour,
  findServiceName,
  listExistingServiceIds,
  listReputationStates,
  listServiceManagers,
  recountSentHours,
  saveServiceReputation,
  sumSentSince,
  type ChannelFigure,
  type ReputationFigures,
  type SenderFigures,
} from "../../db/reputation";
import { UI_PERMISSIONS } from "../../domain/permissions";
import { formatRate, rateOf, REPUTATION_WINDOW_HOURS, reputationReasons, reputationStateOf, shouldWarn, type ReputationState } from "../../domain/reputation";
import { getEnv } from "../../env";
import { logger } from "../../logger";
import { sendPlatformMessage } from "../notifications/send-platform-message";

const HOUR_MS = 3_600_000;
/** Hours recounted on every run besides the current one: messages created just before an hour's end may commit after the last run read it. */
const RECOUNT_HOURS = 2;

const startOfHour = (d: Date) => new Date(Math.floor(d.getTime() / HOUR_MS) * HOUR_MS);

type Tally = { emailsSent: number; bounced: number; complained: number; senders: Map<string, SenderFigures> };

function tallyOf(tallies: Map<string, Tally>, serviceId: string): Tally {
  let tally = tallies.get(serviceId);
  if (!tally) tallies.set(serviceId, (tally = { emailsSent: 0, bounced: 0, complained: 0, senders: new Map() }));
  return tally;
}

function addFigures(tallies: Map<string, Tally>, figures: readonly ChannelFigure[], field: "sent" | "failed"): void {
  for (const f of figures) {
    const tally = tallyOf(tallies, f.serviceId);
    if (f.notificationType === "email") {
      if (field === "sent") tally.emailsSent += f.count;
      else tally.bounced += f.count;
    } else {
      const sender = tally.senders.get(f.sender) ?? { sender: f.sender, sent: 0, failed: 0 };
      sender[field] += f.count;
      tally.senders.set(f.sender, sender);
    }
  }
}

export type MonitorResult = { services: number; changed: number; warned: string[] };

/**
 * One run: recounts the recent hours' sends, reads the window's bounces, text failures and
 * complaints, and saves every service's figures (also those of services with nothing left in the
 * window, so their state clears). Safe to run at any time and as often as wanted.
 */
export async function monitorReputation({ now = new Date() }: { now?: Date } = {}): Promise<MonitorResult> {
  const windowStart = new Date(startOfHour(now).getTime() - REPUTATION_WINDOW_HOURS * HOUR_MS);
  const latest = await findLatestSentHour();
  // After a pause (or on the first run) recount from where the buckets stop, at most the window.
  const recountFrom = new Date(Math.max(windowStart.getTime(), Math.min(startOfHour(now).getTime(), latest?.getTime() ?? 0) - RECOUNT_HOURS * HOUR_MS));
  await recountSentHours(recountFrom, windowStart);

  const [sent, failures, complaints, previous] = await Promise.all([sumSentSince(windowStart), countPermanentFailuresSince(windowStart), countComplaintsSince(windowStart), listReputationStates()]);
  const tallies = new Map<string, Tally>();
  addFigures(tallies, sent, "sent");
  addFigures(tallies, failures, "failed");
  for (const [serviceId, count] of complaints) tallyOf(tallies, serviceId).complained += count;
  for (const serviceId of previous.keys()) tallyOf(tallies, serviceId);

  const existing = await listExistingServiceIds([...tallies.keys()]);
  const result: MonitorResult = { services: 0, changed: 0, warned: [] };
  for (const [serviceId, tally] of tallies) {
    if (!existing.has(serviceId)) continue;
    result.services += 1;
    const senders = [...tally.senders.values()].sort((a, b) => b.sent - a.sent || a.sender.localeCompare(b.sender));
    const figures: ReputationFigures = {
      windowHours: REPUTATION_WINDOW_HOURS,
      emailsSent: tally.emailsSent,
      bounced: tally.bounced,
      complained: tally.complained,
      bounceRate: rateOf(tally.bounced, tally.emailsSent),
      complaintRate: rateOf(tally.complained, tally.emailsSent),
      textsSent: senders.reduce((n, s) => n + s.sent, 0),
      textsFailed: senders.reduce((n, s) => n + s.failed, 0),
      senders,
      computedAt: now,
    };
    const before = previous.get(serviceId) ?? null;
    const next = reputationStateOf(tally);
    const warn = shouldWarn(before ?? "ok", next);
    const changed = await saveServiceReputation(serviceId, figures, { previous: before, next, warned: warn });
    if (changed && before !== next) result.changed += 1;
    if (changed && warn) {
      await warnManagers(serviceId, next, figures);
      result.warned.push(serviceId);
    }
  }
  logger.info({ services: result.services, changed: result.changed, warned: result.warned.length }, "reputation monitor run");
  return result;
}

const HEADLINES: Record<Exclude<ReputationState, "ok">, { headline: string; summary: string }> = {
  warning: {
    headline: "your emails are bouncing or being reported as spam",
    summary: "has passed the level at which Amazon SES puts an account under review.",
  },
  critical: {
    headline: "your emails could stop everyone on Notify sending",
    summary: "has passed the level at which Amazon SES pauses an account's sending. Notify may suspend your service's sending to protect other services.",
  },
};

async function warnManagers(serviceId: string, state: ReputationState, figures: ReputationFigures): Promise<void> {
  if (state === "ok") return;
  const [name, managers] = await Promise.all([findServiceName(serviceId), listServiceManagers(serviceId, UI_PERMISSIONS.manage_service.stored)]);
  const { headline, summary } = HEADLINES[state];
  const reasons = reputationReasons(figures);
  for (const manager of managers) {
    await sendPlatformMessage("reputationWarning", {
      to: manager.emailAddress,
      personalisation: {
        name: manager.name,
        service_name: name ?? "Your service",
        headline,
        summary: reasons.length ? `${summary} Its ${reasons.join(" and ")}.` : summary,
        emails_sent: figures.emailsSent.toLocaleString("en-US"),
        bounce_rate: formatRate(figures.bounceRate),
        complaint_rate: formatRate(figures.complaintRate),
        dashboard_url: `${getEnv().NOTIFY_BASE_URL}/services/${serviceId}`,
      },
    });
  }
  logger.warn({ serviceId, state, managers: managers.length }, "sending reputation warning sent");
}
