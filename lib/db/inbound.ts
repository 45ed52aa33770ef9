// Inbound SMS: which service owns a number, storing received messages (content encrypted by the
// caller), and queuing received-text callbacks.
import { randomUUID } from "node:crypto";
import { getDb, Prisma } from "./client";
import { addJobSql } from "../jobs/queue-sql";
import type { TaskName } from "../jobs/payloads";

export const INBOUND_CALLBACK_TASK = "send-inbound-sms" satisfies TaskName;

export type InboundNumberOwner = { number: string; serviceId: string; canReceive: boolean };

/**
 * The active inbound numbers among `numbers` that belong to a service, and whether that service
 * may receive texts (it needs both the sms and inbound_sms permissions, as in Notify).
 */
export async function findInboundNumberOwners(numbers: readonly string[]): Promise<InboundNumberOwner[]> {
  if (numbers.length === 0) return [];
  const rows = await getDb().inboundNumber.findMany({
    where: { number: { in: [...new Set(numbers)] }, active: true, serviceId: { not: null } },
    select: { number: true, serviceId: true, service: { select: { active: true, permissions: { where: { permission: { in: ["sms", "inbound_sms"] } }, select: { permission: true } } } } },
  });
  return rows.map((row) => ({
    number: row.number,
    serviceId: row.serviceId ?? "",
    canReceive: Boolean(row.service?.active) && (row.service?.permissions.length ?? 0) === 2,
  }));
}

export type NewInboundSms = {
  serviceId: string;
  notifyNumber: string;
  userNumber: string;
  providerDate: Date;
  providerReference: string;
  provider: string;
  contentEncrypted: string;
};

/** Inserts messages not stored before (by provider reference) and returns the new rows' ids. */
export async function insertInboundSms(messages: readonly NewInboundSms[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const db = getDb();
  const existing = new Set(
    (await db.inboundSms.findMany({ where: { providerReference: { in: messages.map((m) => m.providerReference) } }, select: { providerReference: true } })).map((r) => r.providerReference),
  );
  const fresh = messages.filter((m, i) => !existing.has(m.providerReference) && messages.findIndex((o) => o.providerReference === m.providerReference) === i).map((m) => ({ ...m, id: randomUUID() }));
  if (fresh.length) await db.inboundSms.createMany({ data: fresh });
  return fresh.map((m) => m.id);
}

/** Queues a received-text callback for each message whose service has an inbound_sms callback. */
export async function queueInboundSmsCallbacks(ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await getDb().$queryRaw<{ queued: bigint }[]>`
    SELECT count(${Prisma.raw(addJobSql(INBOUND_CALLBACK_TASK, { inboundSmsId: "i.id::text" }, { maxAttempts: 3, jobKey: "'inbound:' || i.id::text" }))}) AS queued
      FROM inbound_sms i
      JOIN service_callback_api c ON c.service_id = i.service_id AND c.callback_type = 'inbound_sms'
     WHERE i.id = ANY(${[...ids]}::uuid[])`;
  return Number(rows[0]?.queued ?? 0);
}

export type InboundSmsForCallback = { id: string; serviceId: string; notifyNumber: string; userNumber: string; contentEncrypted: string; providerDate: Date };

export async function findInboundSmsForCallback(id: string): Promise<InboundSmsForCallback | null> {
  return getDb().inboundSms.findUnique({ where: { id }, select: { id: true, serviceId: true, notifyNumber: true, userNumber: true, contentEncrypted: true, providerDate: true } });
}
