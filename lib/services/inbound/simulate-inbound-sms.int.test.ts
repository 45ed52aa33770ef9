// The local received-text simulator: queued like a real inbound text, stored for the number's
// service by the same task with provider "local", its callback queued; bad input stores nothing.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { getEnv, resetEnvCache } from "../../env";
import type { InboundSmsItem } from "../../jobs/payloads";
import { simulateInboundSmsSchema } from "../../schemas/inbound";
import { decrypt, encrypt } from "../../security/encryption";
import { appErrorOf, createTestService, createTestUser } from "../../../testing/factories";
import { storeInboundSms } from "./receive-inbound-sms";
import { getInboundSmsSimulator, giveLocalInboundNumber, simulateInboundSms } from "./simulate-inbound-sms";

type QueuedJob = { task: string; key: string; payload: InboundSmsItem[] };

async function queuedInbound(): Promise<QueuedJob[]> {
  return getDb().$queryRaw<QueuedJob[]>`SELECT t.identifier AS task, j.key, j.payload
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE j.key LIKE 'receive-inbound-sms@%'`;
}

/** A number no other test uses (the inbound_numbers column is unique). */
const freshNumber = () => `+1202555${String(2000 + Math.floor(Math.random() * 7000))}`;

async function serviceWithNumber(options: { canReceive?: boolean; callback?: boolean } = {}) {
  const user = await createTestUser();
  const service = await createTestService(user.id);
  if (options.canReceive ?? true) await getDb().servicePermission.create({ data: { serviceId: service.id, permission: "inbound_sms" } });
  const number = freshNumber();
  await getDb().inboundNumber.create({ data: { number, provider: "local", serviceId: service.id } });
  if (options.callback) {
    await getDb().serviceCallbackApi.create({ data: { serviceId: service.id, callbackType: "inbound_sms", url: "https://example.gov/inbound", bearerTokenEncrypted: encrypt("token-1234567", getEnv().ENCRYPTION_KEY) } });
  }
  return { ...service, number };
}

const parse = (input: { to: string; from: string; message: string }) => simulateInboundSmsSchema.parse(input);

const saved = { ...process.env };

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key LIKE 'receive-inbound-sms@%'`;
});

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("simulateInboundSms", () => {
  it("queues the text for receive-inbound-sms like a real one; the task stores it for the number's service as 'local' and queues its callback", async () => {
    const service = await serviceWithNumber({ callback: true });
    const now = new Date("2026-12-04T10:00:00.000Z");
    const result = await simulateInboundSms(parse({ to: service.number, from: "(202) 555-0177", message: "Is my permit ready?" }), { now });
    expect(result).toMatchObject({ serviceId: service.id, serviceName: service.name, to: service.number, from: "+12025550177", receivedAt: now.toISOString() });

    const jobs = await queuedInbound();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.task).toBe("receive-inbound-sms");
    expect(JSON.stringify(jobs[0]?.payload)).not.toContain("permit");
    expect(jobs[0]?.payload).toEqual([expect.objectContaining({ notifyNumber: service.number, userNumber: "+12025550177", provider: "local", providerReference: result.providerReference })]);

    expect(await storeInboundSms(jobs[0]?.payload ?? [])).toEqual({ stored: 1, dropped: 0, callbacks: 1, optedOut: 0, optedIn: 0 });
    const row = await getDb().inboundSms.findFirstOrThrow({ where: { serviceId: service.id } });
    expect(row).toMatchObject({ notifyNumber: service.number, userNumber: "+12025550177", provider: "local", providerReference: result.providerReference, providerDate: now });
    expect(decrypt(row.contentEncrypted, getEnv().ENCRYPTION_KEY)).toBe("Is my permit ready?");
    const callbacks = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key = ${`inbound:${row.id}`}`;
    expect(callbacks[0]?.n).toBe(1);
  });

  it("recognises keywords and takes international senders", async () => {
    const service = await serviceWithNumber();
    const result = await simulateInboundSms(parse({ to: service.number, from: "+44 7700 900123", message: "STOP" }));
    expect(result).toMatchObject({ from: "+447700900123", keyword: "opt-out" });
    expect((await queuedInbound())[0]?.payload[0]?.keyword).toBe("opt-out");
  });

  it("refuses a number no service may receive on, and stores nothing", async () => {
    const blocked = await serviceWithNumber({ canReceive: false });
    for (const to of [blocked.number, "+12025559999"]) {
      const error = await appErrorOf(simulateInboundSms(parse({ to, from: "+12025550177", message: "Hello" })));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ to: `There is no service that can receive text messages on ${to}` });
    }
    expect(await queuedInbound()).toEqual([]);
    expect(await getDb().inboundSms.count({ where: { serviceId: blocked.id } })).toBe(0);
  });

  it("refuses unless the SMS provider is local", async () => {
    const service = await serviceWithNumber();
    process.env.SMS_PROVIDER = "pinpoint";
    resetEnvCache();
    const error = await appErrorOf(simulateInboundSms(parse({ to: service.number, from: "+12025550177", message: "Hello" })));
    expect(error).toMatchObject({ code: "FORBIDDEN", userMessage: "Received texts can only be simulated while Notify uses its local SMS provider (SMS_PROVIDER=local)" });
    expect(await getInboundSmsSimulator()).toBeNull();
    expect(await queuedInbound()).toEqual([]);
  });

  it("lists the numbers a text can be sent to, and those whose service can't receive yet", async () => {
    const receiving = await serviceWithNumber();
    const blocked = await serviceWithNumber({ canReceive: false });
    const simulator = await getInboundSmsSimulator();
    expect(simulator?.numbers).toContainEqual({ number: receiving.number, serviceId: receiving.id, serviceName: receiving.name });
    expect(simulator?.numbers.map((n) => n.number)).not.toContain(blocked.number);
    expect(simulator?.blocked).toContainEqual({ number: blocked.number, serviceId: blocked.id, serviceName: blocked.name });
  });
});

describe("giveLocalInboundNumber", () => {
  it("gives a service a free number and the permissions to receive texts, once", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const given = await giveLocalInboundNumber({ serviceId: service.id });
    expect(given).toMatchObject({ serviceId: service.id, serviceName: service.name, isNew: true });
    expect(given.number).toMatch(/^\+120255501[5-9]\d$/);
    expect((await getInboundSmsSimulator())?.numbers).toContainEqual({ number: given.number, serviceId: service.id, serviceName: service.name });
    expect(await giveLocalInboundNumber({ serviceId: service.id })).toEqual({ ...given, isNew: false });

    const other = await createTestService(user.id);
    expect((await appErrorOf(giveLocalInboundNumber({ serviceId: other.id, number: given.number }))).code).toBe("CONFLICT");
    expect((await appErrorOf(giveLocalInboundNumber({ serviceId: service.id, number: freshNumber() }))).code).toBe("CONFLICT");
    expect((await appErrorOf(giveLocalInboundNumber({ serviceId: randomUUID() }))).code).toBe("NOT_FOUND");
  });

  it("turns receiving on for a service that has a number but not the permission", async () => {
    const blocked = await serviceWithNumber({ canReceive: false });
    expect(await giveLocalInboundNumber({ serviceId: blocked.id })).toMatchObject({ number: blocked.number, isNew: false });
    expect((await getInboundSmsSimulator())?.numbers.map((n) => n.number)).toContain(blocked.number);
  });
});
