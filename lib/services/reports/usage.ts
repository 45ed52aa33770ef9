// Usage: messages and text message parts this financial year and per month, against the free
// allowance, with an estimated cost; per service (its managers) and across services (platform
// admins). Past days come from the nightly aggregate, today from the notifications themselves.
import { listAllServices } from "../../db/services";
import { countUsageMessages } from "../../db/aggregate-reports";
import { aggregateNotificationStatusForDay, findFreeSmsAllowances, sumUsage, type UsageCounts } from "../../db/usage";
import { aggregateCsv, aggregateFileName } from "../../domain/reports/aggregate-report";
import { DISPLAY_TIME_ZONE } from "../../domain/notifications/schedule";
import { costMonths, DEFAULT_FREE_SMS_FRAGMENT_LIMIT, financialYearBounds, financialYearMonths, financialYearOf, localDay, previousDay, type MonthUsage } from "../../domain/reports/usage";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";

/** Days the nightly run recomputes: statuses keep changing for up to 72 hours (the timeout), so the last four. */
export const AGGREGATION_DAYS = 4;

/** The nightly aggregation: the last `days` complete days (in the service time zone) into ft_notification_status. */
export async function aggregateNotificationStatus({ now = new Date(), days = AGGREGATION_DAYS }: { now?: Date; days?: number } = {}): Promise<{ day: string; upserted: number; removed: number }[]> {
  const today = localDay(now);
  const results = [];
  for (let i = days; i >= 1; i -= 1) {
    const day = previousDay(today, i);
    results.push({ day, ...(await aggregateNotificationStatusForDay(day, DISPLAY_TIME_ZONE)) });
  }
  logger.info({ days: results.map((r) => r.day), upserted: results.reduce((n, r) => n + r.upserted, 0) }, "daily usage aggregated");
  return results;
}

function monthsOf(counts: readonly UsageCounts[], year: number): MonthUsage[] {
  const byMonth = new Map(financialYearMonths(year).map((month) => [month, { month, emails: 0, texts: 0, smsParts: 0 }]));
  for (const c of counts) {
    const m = byMonth.get(c.month);
    if (!m) continue;
    if (c.notificationType === "sms") {
      m.texts += c.messages;
      m.smsParts += c.smsParts;
    } else m.emails += c.messages;
  }
  return [...byMonth.values()];
}

function yearOf(now: Date) {
  const today = localDay(now);
  const year = financialYearOf(today);
  return { today, year, ...financialYearBounds(year) };
}

function totals(months: readonly MonthUsage[]) {
  return months.reduce((t, m) => ({ emails: t.emails + m.emails, texts: t.texts + m.texts, smsParts: t.smsParts + m.smsParts }), { emails: 0, texts: 0, smsParts: 0 });
}

/** One service's usage this financial year (needs "Manage settings, team and usage"). */
export async function getServiceUsage({ actor, serviceId, now = new Date() }: { actor: SessionUser; serviceId: string; now?: Date }) {
  const { service } = await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const { today, year, first, next } = yearOf(now);
  const [counts, allowances] = await Promise.all([sumUsage(serviceId, first, today, DISPLAY_TIME_ZONE), findFreeSmsAllowances([serviceId], year)]);
  const freeAllowance = allowances.get(serviceId) ?? DEFAULT_FREE_SMS_FRAGMENT_LIMIT;
  const pricePerPart = getEnv().SMS_PRICE_PER_PART;
  const months = monthsOf(counts, year);
  const priced = costMonths(months, freeAllowance, pricePerPart);
  return { service, year, first, lastDay: previousDay(next), freeAllowance, pricePerPart, totals: totals(months), ...priced, currentMonth: today.slice(0, 7) };
}

/**
 * The usage download: this financial year's messages by day, channel, template, job and status,
 * with text message parts (counts only: there is no form with recipients). Past days come from the
 * nightly facts, so it stays small however many messages the service sends.
 */
export async function serviceUsageCsv({ actor, serviceId, now = new Date() }: { actor: SessionUser; serviceId: string; now?: Date }): Promise<{ fileName: string; csv: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_service" });
  const { today, first } = yearOf(now);
  const counts = await countUsageMessages(serviceId, first, today, DISPLAY_TIME_ZONE);
  return { fileName: aggregateFileName("usage", today), csv: aggregateCsv(counts) };
}

/** Every service's usage this financial year, for platform admins. */
export async function getPlatformUsage({ actor, now = new Date() }: { actor: SessionUser; now?: Date }) {
  if (!actor.platformAdmin) throw new AppError("NOT_FOUND", "platform admins only");
  const { today, year, first, next } = yearOf(now);
  const [counts, allowances, services] = await Promise.all([sumUsage(null, first, today, DISPLAY_TIME_ZONE), findFreeSmsAllowances(null, year), listAllServices()]);
  const pricePerPart = getEnv().SMS_PRICE_PER_PART;
  const byService = new Map<string, UsageCounts[]>();
  for (const c of counts) byService.set(c.serviceId, [...(byService.get(c.serviceId) ?? []), c]);
  const rows = services.map((s) => {
    const months = monthsOf(byService.get(s.id) ?? [], year);
    const freeAllowance = allowances.get(s.id) ?? DEFAULT_FREE_SMS_FRAGMENT_LIMIT;
    const priced = costMonths(months, freeAllowance, pricePerPart);
    return { id: s.id, name: s.name, restricted: s.restricted, freeAllowance, ...totals(months), chargeableParts: priced.chargeableParts, cost: priced.cost };
  });
  const allMonths = monthsOf(counts, year);
  const all = rows.reduce((t, r) => ({ emails: t.emails + r.emails, texts: t.texts + r.texts, smsParts: t.smsParts + r.smsParts, chargeableParts: t.chargeableParts + r.chargeableParts, cost: t.cost + r.cost }), { emails: 0, texts: 0, smsParts: 0, chargeableParts: 0, cost: 0 });
  return { year, first, lastDay: previousDay(next), pricePerPart, services: rows, months: allMonths, totals: all };
}
