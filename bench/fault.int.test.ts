// Issue #7's fault test at a smaller size (bench:fault runs 10,000): the worker is SIGKILLed with
// half of 2,000 notifications delivered and restarted; every notification ends delivered, handed
// to the provider once (or twice if its job was killed mid-hand-over), and the killed worker's jobs are released within a minute (not the
// four hours graphile-worker waits by default).
import { describe, expect, it } from "vitest";
import { getDb } from "../lib/db/client";
import { updateNotificationStatus } from "../lib/db/notifications";
import { releaseEnqueue } from "../lib/jobs/enqueue";
import { deliverNotification } from "../lib/services/delivery/deliver-notification";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../testing/factories";
import { runFaultTest } from "./fault";

describe("SIGKILL in the middle of a run", () => {
  it("delivers every notification exactly once after the worker is killed and restarted", async () => {
    try {
      const result = await runFaultTest({ messages: 2_000 });
      expect(result.deliveredAtKill).toBeGreaterThanOrEqual(1_000);
      expect(result.deliveredAtKill).toBeLessThan(2_000);
      expect(result.lockedByDeadWorker).toBeGreaterThan(0);
      expect(result.delivered).toBe(2_000);
      // Handed over exactly once, except a message whose job was killed between the provider call
      // and recording it: that job runs again and calls the provider again (at least once; no AWS
      // sending API takes an idempotency key). Only jobs running at the kill can be among them.
      expect(result.outboxExactlyOnce + result.outboxDuplicates).toBe(2_000);
      expect(result.outboxDuplicates).toBeLessThanOrEqual(result.lockedByDeadWorker);
      expect(result.outboxMissing).toBe(0);
      expect(result.unlockSeconds).toBeGreaterThan(0);
      expect(result.recoverySeconds).toBeLessThan(60);
    } finally {
      await releaseEnqueue();
    }
  }, 240_000);
});

describe("a send interrupted between the hand-over and its simulated receipt", () => {
  it("is finished, not left in sending, when its job runs again; the outbox keeps one row", async () => {
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hello" });
    const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550111" });
    // What a worker killed right after "marked sending" leaves: the outbox row and status sending.
    await getDb().outboxMessage.create({ data: { channel: "sms", to: "+12025550111", body: "Hello", providerReference: `local-${notification.id}` } });
    await updateNotificationStatus(notification.id, ["created"], "sending", { timestamp: "sentAt", reference: `local-${notification.id}`, sentBy: "local", billableUnits: 1 });

    expect(await deliverNotification(notification.id)).toBe("sent");
    const row = await getDb().notification.findUniqueOrThrow({ where: { id: notification.id }, select: { status: true } });
    expect(row.status).toBe("delivered");
    expect(await getDb().outboxMessage.count({ where: { providerReference: `local-${notification.id}` } })).toBe(1);
    expect(await deliverNotification(notification.id)).toBe("skipped");
  });
});
