// The batch send path against a real database with the local provider and a fake AWS-like one.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { releaseEnqueue } from "../../jobs/enqueue";
import { ProviderPermanentError, ProviderRetryableError } from "../../providers/errors";
import type { OutboundSms, SmsProvider } from "../../providers/sms";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { deliverNotificationBatch } from "./deliver-batch";
import { deliverNotification } from "./deliver-notification";
import { getProviders } from "./providers";

async function notifications(count: number, options: { active?: boolean; to?: (i: number) => string } = {}) {
  const user = await createTestUser();
  const service = await createTestService(user.id, { active: options.active });
  const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hi ((name))" });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: options.to?.(i) ?? `+1202556${String(1000 + i)}`, personalisation: { name: `N${i}` } })).id);
  }
  return { ids, service };
}

const rows = (ids: string[]) => getDb().notification.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, sentBy: true, billableUnits: true, reference: true, providerResponse: true } });

afterAll(() => releaseEnqueue());

describe("deliverNotificationBatch", () => {
  it("sends a batch to the outbox in one go and records each delivered, once", async () => {
    const { ids, service } = await notifications(5);
    const result = await deliverNotificationBatch(ids);
    expect(result).toMatchObject({ sent: 5, oneByOne: 0, skipped: 0 });
    const sent = await rows(ids);
    expect(sent.every((r) => r.status === "delivered" && r.sentBy === "local" && r.billableUnits === 1)).toBe(true);
    const outbox = await getDb().outboxMessage.findMany({ where: { providerReference: { in: sent.map((r) => r.reference ?? "") } } });
    expect(outbox.map((o) => o.body).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `${service.name}: Hi N${i}`));

    expect(await deliverNotificationBatch(ids)).toMatchObject({ sent: 0, skipped: 5 });
    expect(await getDb().outboxMessage.count({ where: { providerReference: { in: sent.map((r) => r.reference ?? "") } } })).toBe(5);
  });

  it("sends simulated recipients and inactive services one by one, by the usual rules", async () => {
    const simulated = await notifications(1, { to: () => "+12025550101" });
    const inactive = await notifications(1, { active: false });
    const result = await deliverNotificationBatch([...simulated.ids, ...inactive.ids]);
    expect(result).toMatchObject({ sent: 0, oneByOne: 2 });
    expect((await rows(simulated.ids))[0]).toMatchObject({ status: "permanent_failure", sentBy: "simulated" });
    expect((await rows(inactive.ids))[0]?.status).toBe("technical_failure");
  });

  it("with a provider without batches: records permanent failures and queues retryable ones on their own", async () => {
    const { ids } = await notifications(3);
    const calls: OutboundSms[] = [];
    const sms: SmsProvider = {
      name: "pinpoint",
      sendSms: async (message) => {
        calls.push(message);
        if (message.to.endsWith("1001")) throw new ProviderPermanentError("Pinpoint SendTextMessage failed: ConflictException (DESTINATION_PHONE_NUMBER_OPTED_OUT) HTTP 409");
        if (message.to.endsWith("1002")) throw new ProviderRetryableError("throttled");
        return { providerReference: `pp-${message.to}` };
      },
    };
    const result = await deliverNotificationBatch(ids, { providers: { ...getProviders(), sms } });
    expect(result).toMatchObject({ sent: 1, failed: 1, retryQueued: 1 });
    expect(calls).toHaveLength(3);
    const byId = new Map((await rows(ids)).map((r) => [r.id, r]));
    expect(byId.get(ids[0]!)).toMatchObject({ status: "sending", sentBy: "pinpoint", reference: "pp-+12025561000" });
    expect(byId.get(ids[1]!)).toMatchObject({ status: "technical_failure", providerResponse: expect.stringContaining("OPTED_OUT") });
    expect(byId.get(ids[2]!)?.status).toBe("created");
    const jobs = await getDb().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE key = ${`send:${ids[2]}`}`;
    expect(Number(jobs[0]?.n)).toBe(1);
  });

  it("writes each notification to the outbox once even if it is sent again after a crash", async () => {
    const { ids } = await notifications(2);
    await deliverNotificationBatch(ids);
    // As if the worker died after the outbox write but before recording the hand-over.
    await getDb().notification.updateMany({ where: { id: { in: ids } }, data: { status: "created", reference: null } });
    await deliverNotificationBatch(ids.slice(0, 1));
    await deliverNotification(ids[1]!);
    const sent = await rows(ids);
    expect(sent.map((r) => r.status)).toEqual(["delivered", "delivered"]);
    expect(await getDb().outboxMessage.count({ where: { providerReference: { in: ids.map((id) => `local-${id}`) } } })).toBe(2);
  });
});
