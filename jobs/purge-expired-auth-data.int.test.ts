// The hourly tidy-up, run by the real worker from the queue (as cron would run it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../lib/db/client";
import { enqueue } from "../lib/jobs/enqueue";
import { createTestService, createTestUser } from "../testing/factories";
import { startWorker, type RunningWorker } from "./worker";

describe("purge-expired-auth-data", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({ pollInterval: 50 });
  });
  afterAll(async () => {
    await worker.stop();
  });

  it("deletes day-old codes and sessions and expires lapsed invitations, leaving current ones", async () => {
    const db = getDb();
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const oldCode = await db.verifyCode.create({ data: { userId: user.id, codeHash: "x", codeType: "sms", expiresAt: twoDaysAgo, createdAt: twoDaysAgo } });
    const newCode = await db.verifyCode.create({ data: { userId: user.id, codeHash: "y", codeType: "sms", expiresAt: new Date(Date.now() + 60_000) } });
    const oldSession = await db.userSession.create({ data: { userId: user.id, tokenHash: `old-${user.id}`, expiresAt: twoDaysAgo } });
    const liveSession = await db.userSession.create({ data: { userId: user.id, tokenHash: `live-${user.id}`, expiresAt: new Date(Date.now() + 60_000) } });
    const lapsed = await db.invitedUser.create({ data: { serviceId: service.id, fromUserId: user.id, emailAddress: "late@agency.gov", expiresAt: twoDaysAgo } });
    const current = await db.invitedUser.create({ data: { serviceId: service.id, fromUserId: user.id, emailAddress: "soon@agency.gov", expiresAt: new Date(Date.now() + 60_000) } });

    await enqueue("purge-expired-auth-data", {});
    const deadline = Date.now() + 15_000;
    while ((await db.verifyCode.count({ where: { id: oldCode.id } })) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

    expect(await db.verifyCode.count({ where: { id: { in: [oldCode.id, newCode.id] } } })).toBe(1);
    expect(await db.userSession.count({ where: { id: { in: [oldSession.id, liveSession.id] } } })).toBe(1);
    expect((await db.invitedUser.findUniqueOrThrow({ where: { id: lapsed.id } })).status).toBe("expired");
    expect((await db.invitedUser.findUniqueOrThrow({ where: { id: current.id } })).status).toBe("pending");
  });
});
