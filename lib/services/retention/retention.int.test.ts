// The nightly timeout and retention purge against a real database.
import { preparedRowsKey } from "../bulk/prepared-rows";
import { beforeEach, describe, expect, it } from "vitest";
import { upsertServiceCallback } from "../../db/callbacks";
import { getDb } from "../../db/client";
import { DiskStorage } from "../../providers/local/disk-storage";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { purgeExpiredNotifications } from "./purge-expired-notifications";
import { timeoutSendingNotifications } from "./timeout-notifications";

const DAY = 86_400_000;
const NOW = new Date("2030-06-15T12:00:00.000Z");

async function setup() {
  const user = await createTestUser();
  const service = await createTestService(user.id);
  const sms = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hi" });
  const email = await createTestTemplate(service.id, user.id, { type: "email", subject: "S", content: "Hi" });
  const make = async (type: "sms" | "email", createdAt: Date, status: "created" | "sending" | "pending" | "delivered" = "delivered", extra: { scheduledFor?: Date } = {}) => {
    const { id } = await createTestNotification({ serviceId: service.id, templateId: type === "sms" ? sms.id : email.id, type, to: type === "sms" ? "+12025550123" : "a@example.gov", personalisation: { name: "Ada" } });
    await getDb().notification.update({ where: { id }, data: { createdAt, status, ...extra } });
    return id;
  };
  return { user, service, sms, email, make };
}

const status = async (id: string) => (await getDb().notification.findUnique({ where: { id }, select: { status: true, providerResponse: true } }));

beforeEach(async () => {
  // Other files' rows share the database; move everything out of the way of these fixed dates.
  await getDb().notification.updateMany({ where: { createdAt: { lt: new Date(NOW.getTime() + DAY) } }, data: { createdAt: new Date(NOW.getTime() + 2 * DAY) } });
});

describe("timeoutSendingNotifications", () => {
  it("fails sending/pending (temporary) and unsent (technical) notifications older than 72 hours, and queues callbacks", async () => {
    const { service, make } = await setup();
    await upsertServiceCallback(service.id, "delivery_status", "https://example.gov/cb", "token-encrypted");
    const old = new Date(NOW.getTime() - 73 * 3600_000);
    const sending = await make("sms", old, "sending");
    const pending = await make("sms", old, "pending");
    const created = await make("email", old, "created");
    const scheduledLater = await make("email", old, "created", { scheduledFor: new Date(NOW.getTime() + DAY) });
    const delivered = await make("sms", old, "delivered");
    const recent = await make("sms", new Date(NOW.getTime() - 71 * 3600_000), "sending");

    const result = await timeoutSendingNotifications({ now: NOW, chunkSize: 2 });

    expect(result).toEqual({ timedOut: 3, callbacks: 3 });
    expect(await status(sending)).toEqual({ status: "temporary_failure", providerResponse: "No delivery receipt within 72 hours" });
    expect((await status(pending))?.status).toBe("temporary_failure");
    expect(await status(created)).toEqual({ status: "technical_failure", providerResponse: "Not sent within 72 hours" });
    expect((await status(scheduledLater))?.status).toBe("created");
    expect((await status(delivered))?.status).toBe("delivered");
    expect((await status(recent))?.status).toBe("sending");
  });
});

describe("purgeExpiredNotifications", () => {
  it("moves notifications past retention (default 7 days, per-channel override) to history without recipient or personalisation", async () => {
    const { service, make } = await setup();
    await getDb().serviceDataRetention.create({ data: { serviceId: service.id, notificationType: "email", daysOfRetention: 3 } });
    const midnight = new Date("2030-06-15T00:00:00.000Z");
    const smsOld = await make("sms", new Date(midnight.getTime() - 7 * DAY - 1000));
    const smsKept = await make("sms", new Date(midnight.getTime() - 7 * DAY + 1000));
    const emailOld = await make("email", new Date(midnight.getTime() - 3 * DAY - 1000));
    const emailKept = await make("email", new Date(midnight.getTime() - 3 * DAY + 1000));

    const result = await purgeExpiredNotifications({ now: NOW, chunkSize: 1, storage: new DiskStorage(".data/test-retention") });

    expect(result.notificationsMoved).toBeGreaterThanOrEqual(2);
    expect(await status(smsOld)).toBeNull();
    expect(await status(emailOld)).toBeNull();
    expect(await status(smsKept)).not.toBeNull();
    expect(await status(emailKept)).not.toBeNull();
    const history = await getDb().notificationHistory.findUniqueOrThrow({ where: { id: smsOld } });
    expect(history).toMatchObject({ serviceId: service.id, notificationType: "sms", status: "delivered" });
    expect(Object.keys(history)).not.toContain("to");
    expect(Object.keys(history)).not.toContain("personalisation");
  });

  it("deletes spreadsheets past retention (and their prepared rows) from storage and archives their jobs", async () => {
    const { service, sms, user } = await setup();
    const storage = new DiskStorage(".data/test-retention");
    await storage.put(`uploads/${service.id}/old.csv`, Buffer.from("phone number\n+12025550123\n"));
    await storage.put(preparedRowsKey(`uploads/${service.id}/old.csv`), Buffer.from("{}\n"));
    await storage.put(`uploads/${service.id}/new.csv`, Buffer.from("phone number\n+12025550123\n"));
    const job = (storageKey: string, createdAt: Date) =>
      getDb().job.create({ data: { serviceId: service.id, templateId: sms.id, templateVersion: 1, originalFileName: "f.csv", storageKey, notificationCount: 1, createdById: user.id, createdAt } });
    const oldJob = await job(`uploads/${service.id}/old.csv`, new Date(NOW.getTime() - 9 * DAY));
    const newJob = await job(`uploads/${service.id}/new.csv`, new Date(NOW.getTime() - DAY));

    await purgeExpiredNotifications({ now: NOW, storage });

    expect(await storage.get(`uploads/${service.id}/old.csv`)).toBeNull();
    expect(await storage.get(preparedRowsKey(`uploads/${service.id}/old.csv`))).toBeNull();
    expect(await storage.get(`uploads/${service.id}/new.csv`)).not.toBeNull();
    expect(await getDb().job.findUniqueOrThrow({ where: { id: oldJob.id }, select: { archived: true, storageKey: true } })).toEqual({ archived: true, storageKey: null });
    expect((await getDb().job.findUniqueOrThrow({ where: { id: newJob.id } })).archived).toBe(false);
  });

  it("deletes uploads never sent once past retention (file, prepared rows and row), but not a file a job still holds", async () => {
    const { service, sms, user } = await setup();
    const storage = new DiskStorage(".data/test-retention");
    const upload = async (name: string, createdAt: Date) => {
      const storageKey = `uploads/${service.id}/${name}.csv`;
      await storage.put(storageKey, Buffer.from("phone number\n+12025550123\n"));
      await storage.put(preparedRowsKey(storageKey), Buffer.from("{}\n"));
      return getDb().upload.create({ data: { serviceId: service.id, templateId: sms.id, originalFileName: `${name}.csv`, storageKey, createdById: user.id, createdAt } });
    };
    const unsent = await upload("unsent", new Date(NOW.getTime() - 9 * DAY));
    const sentLater = await upload("sent-later", new Date(NOW.getTime() - 9 * DAY));
    const recent = await upload("recent", new Date(NOW.getTime() - DAY));
    // Sent two days ago: the job (and so the file) is still within retention.
    await getDb().job.create({ data: { serviceId: service.id, templateId: sms.id, templateVersion: 1, originalFileName: "f.csv", storageKey: sentLater.storageKey, notificationCount: 1, createdById: user.id, createdAt: new Date(NOW.getTime() - 2 * DAY) } });

    // At least this one (NOW is years ahead, so earlier test files' uploads are past retention too).
    expect((await purgeExpiredNotifications({ now: NOW, storage })).uploadsDeleted).toBeGreaterThanOrEqual(1);

    expect(await storage.get(unsent.storageKey)).toBeNull();
    expect(await storage.get(preparedRowsKey(unsent.storageKey))).toBeNull();
    expect(await getDb().upload.findUnique({ where: { id: unsent.id } })).toBeNull();
    for (const kept of [sentLater, recent]) {
      expect(await storage.get(kept.storageKey)).not.toBeNull();
      expect(await getDb().upload.findUnique({ where: { id: kept.id } })).not.toBeNull();
    }
  });
});
