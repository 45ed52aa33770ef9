// The service dashboard and the message list ("activity"): what went out, what arrived, what failed.
import { countUnsubscribeRequestsSince } from "../../db/unsubscribe-requests";
import { countInboundSince, countNotificationsByStatus, listActivity } from "../../db/activity";
import { listJobs } from "../../db/bulk";
import { findServiceReputation } from "../../db/reputation";
import type { NotificationStatusName } from "../../domain/notifications/status";
import { groupOfStatus, STATUS_GROUPS, type StatusGroup } from "../../domain/notifications/status-groups";
import { normaliseRecipientForComparison } from "../../domain/recipients/recipient";
import type { SessionUser } from "../auth/sessions";
import { requireServiceAccess } from "../service/service-access";

const DAY_MS = 86_400_000;

export type ChannelTotals = Record<StatusGroup, number> & { total: number };

export async function getDashboard({ actor, serviceId, now = new Date() }: { actor: SessionUser; serviceId: string; now?: Date }) {
  const access = await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const since = new Date(now.getTime() - 7 * DAY_MS);
  const [counts, inbound, jobs, failures, unsubscribeRequests, reputation] = await Promise.all([
    countNotificationsByStatus(serviceId, since),
    countInboundSince(serviceId, since),
    listJobs(serviceId, 20),
    listActivity(serviceId, { statuses: [...STATUS_GROUPS.failed], since }, { skip: 0, take: 5 }),
    countUnsubscribeRequestsSince(serviceId, since),
    findServiceReputation(serviceId),
  ]);
  const totals: Record<"sms" | "email", ChannelTotals> = { sms: { sending: 0, delivered: 0, failed: 0, total: 0 }, email: { sending: 0, delivered: 0, failed: 0, total: 0 } };
  for (const c of counts) {
    const group = groupOfStatus(c.status);
    if (group) totals[c.channel][group] += c.count;
    totals[c.channel].total += c.count;
  }
  return {
    service: access.service,
    totals,
    inbound,
    activeJobs: jobs.filter((j) => ["pending", "in_progress", "scheduled"].includes(j.jobStatus)),
    recentFailures: failures.rows,
    /** Unsubscribe requests received in the last 7 days. */
    unsubscribeRequests,
    /** The reputation monitor's last figures (its banner shows while they pass a threshold). */
    reputation,
  };
}

export const ACTIVITY_PAGE_SIZE = 50;

export async function getActivity({
  actor,
  serviceId,
  channel,
  group,
  search,
  page = 1,
}: {
  actor: SessionUser;
  serviceId: string;
  channel?: "sms" | "email";
  group?: StatusGroup;
  search?: string;
  page?: number;
}) {
  await requireServiceAccess({ actor, serviceId, permission: "view_activity" });
  const term = search?.trim().slice(0, 320);
  const statuses: NotificationStatusName[] | undefined = group ? [...STATUS_GROUPS[group]] : undefined;
  const result = await listActivity(
    serviceId,
    { channel, statuses, search: term ? { raw: term, normalised: normaliseRecipientForComparison(term) } : undefined },
    { skip: (page - 1) * ACTIVITY_PAGE_SIZE, take: ACTIVITY_PAGE_SIZE },
  );
  return { ...result, page, pages: Math.max(1, Math.ceil(result.total / ACTIVITY_PAGE_SIZE)) };
}
