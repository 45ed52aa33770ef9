// Providers with immediate receipts (the local outbox, the simulated provider): a send handed over
// by a worker that died before applying the receipt is finished by the next attempt, from what the
// provider says, while a provider with real receipts is left to send them.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { deliverNotification } from "./deliver-notification";

async function handedOverBeforeReceipt(to: string, sentBy: string) {
  const user = await createTestUser();
  const service = await createTestService(user.id);
  const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hello" });
  const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to });
  const reference = `${sentBy}-${notification.id}`;
  await getDb().notification.update({ where: { id: notification.id }, data: { status: "sending", sentAt: new Date(), sentBy, reference } });
  return notification.id;
}

const statusOf = async (id: string) => (await getDb().notification.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("a send interrupted before its immediate receipt", () => {
  it("is marked delivered when the local outbox had it", async () => {
    const id = await handedOverBeforeReceipt("+12025550199", "local");
    expect(await deliverNotification(id)).toBe("sent");
    expect(await statusOf(id)).toBe("delivered");
  });

  it("gets the simulated recipient's outcome when the simulated provider had it", async () => {
    const id = await handedOverBeforeReceipt("+12025550101", "simulated");
    expect(await deliverNotification(id)).toBe("sent");
    expect(await statusOf(id)).toBe("permanent_failure"); // the Prisma enum for permanent-failure
  });

  it("waits for the real receipt when a provider that sends them had it", async () => {
    const id = await handedOverBeforeReceipt("+12025550199", "sns");
    expect(await deliverNotification(id)).toBe("skipped");
    expect(await statusOf(id)).toBe("sending");
  });
});
