// Inbound SMS: which service owns a number (and giving a service one), storing received messages
// (content encrypted by the caller), and queuing received-text callbacks.
import { randomUUID } from "node:crypto";
import { getDb, Prisma } from "./client";
import { addJobSql } from "../jobs/queue-sql";
import type { TaskName } from "../jobs/payloads";
import type { ServicePermissionType } from "./generated/client";

export const INBOUND_CALLBACK_TASK = "send-inbound-sms" satisfies TaskName;

export type InboundNumberOwner = { number: string; serviceId: string; serviceName: string; canReceive: boolean };

/** What a service needs to receive texts, as in Notify. */
const RECEIVE_PERMISSIONS: ServicePermissionType[] = ["sms", "inbound_sms"];

const OWNER_SELECT = {
  number: true,
  serviceId: true,
  service: { select: { name: true, active: true, permissions: { where: { permission: { in: RECEIVE_PERMISSIONS } }, select: { permission: true } } } },
} satisfies Prisma.InboundNumberSelect;

function toOwner(row: { number: string; serviceId: string | null; service: { name: string; active: boolean; permissions: { permission: string }[] } | null }): InboundNumberOwner {
  return {
    number: row.number,
    serviceId: row.serviceId ?? "",
    serviceName: row.service?.name ?? "",
    canReceive: Boolean(row.service?.active) && (row.service?.permissions.length ?? 0) === RECEIVE_PERMISSIONS.length,
  };
}

/**
 * The active inbound numbers among `numbers` that belong to a service, and whether that service
 * may receive texts (it needs both the sms and inbound_sms permissions, as in Notify).
 */
export async function findInboundNumberOwners(numbers: readonly string[]): Promise<InboundNumberOwner[]> {
  if (numbers.length === 0) return [];
  const rows = await getDb().inboundNumber.findMany({ where: { number: { in: [...new Set(numbers)] }, active: true, serviceId: { not: null } }, select: OWNER_SELECT });
  return rows.map(toOwner);
}

/** Every active inbound number that belongs to a service (at most `limit`), by service name, with the same `canReceive` rule. */
export async function listInboundNumberOwners(limit = 500): Promise<InboundNumberOwner[]> {
  const rows = await getDb().inboundNumber.findMany({
    where: { active: true, serviceId: { not: null } },
    select: OWNER_SELECT,
    orderBy: [{ service: { name: "asc" } }, { number: "asc" }],
    take: limit,
  });
  return rows.map(toOwner);
}

/** The service's inbound number (one at most), or null. */
export async function findServiceInboundNumber(serviceId: string): Promise<{ number: string; active: boolean } | null> {
  return getDb().inboundNumber.findUnique({ where: { serviceId }, select: { number: true, active: true } });
}

/** Which of `numbers` are inbound numbers already, anyone's or no one's. */
export async function findExistingInboundNumbers(numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await getDb().inboundNumber.findMany({ where: { number: { in: [...numbers] } }, select: { number: true } });
  return new Set(rows.map((row) => row.number));
}

/**
 * In one transaction: gives the service `number` as its inbound number (when given; null keeps
 * the one it has, made active) and the sms and inbound_sms permissions a service needs to receive texts.
 */
export async function assignInboundNumber(input: { serviceId: string; number: string | null; provider: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    if (input.number) await tx.inboundNumber.create({ data: { number: input.number, provider: input.provider, serviceId: input.serviceId } });
    else await tx.inboundNumber.update({ where: { serviceId: input.serviceId }, data: { active: true } });
    await tx.servicePermission.createMany({ data: RECEIVE_PERMISSIONS.map((permission) => ({ serviceId: input.serviceId, permission })), skipDuplicates: true });
  });
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
