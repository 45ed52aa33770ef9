// Sender rate limits against PostgreSQL and the real worker.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { reserveSenderTokens } from "../../db/delivery";
import { enqueue } from "../../jobs/enqueue";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { startWorker } from "../../../jobs/worker";

describe("reserveSenderTokens", () => {
  it("hands out each token once under concurrent reservations", async () => {
    const key = `test:${Date.now()}`;
    const balances = await Promise.all(Array.from({ length: 20 }, () => reserveSenderTokens(key, 1, 0.001, 10)));
    // Refill is negligible at 0.001/s: the balances are 9, 8, …, -10, each exactly once.
    expect(balances.map((b) => Math.round(b)).sort((a, b) => b - a)).toEqual(Array.from({ length: 20 }, (_, i) => 9 - i));
  });
});

describe("an SMS sender limited to 5 messages per second", () => {
  it("sends a queue of 20 no faster than its limit, and not much slower", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    await getDb().serviceSmsSender.create({ data: { serviceId: service.id, smsSender: "+18445550150", isDefault: true, originationIdentity: `pool-${service.id}`, messagesPerSecond: 5 } });
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Paced" });
    const ids = [];
    for (let i = 0; i < 20; i++) ids.push((await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: `+1202555${String(1000 + i)}` })).id);

    const worker = await startWorker({ pollInterval: 100 });
    try {
      for (const id of ids) await enqueue("send-sms", { notificationId: id }, { jobKey: `send:${id}` });
      const deadline = Date.now() + 30_000;
      while ((await getDb().notification.count({ where: { id: { in: ids }, sentAt: { not: null } } })) < ids.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await worker.stop();
    }
    const sent = (await getDb().notification.findMany({ where: { id: { in: ids } }, select: { sentAt: true } })).map((n) => n.sentAt!.getTime()).sort((a, b) => a - b);
    expect(sent).toHaveLength(20);
    // 5 go at once (one second of burst), the other 15 at 5 per second: about 3 seconds.
    const spanSeconds = (sent.at(-1)! - sent[0]!) / 1000;
    expect(spanSeconds).toBeGreaterThan(2.8);
    expect(spanSeconds).toBeLessThan(4.5);
    // No one-second window holds more than the burst plus one second's worth.
    for (const start of sent) expect(sent.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(10);
  });
});
