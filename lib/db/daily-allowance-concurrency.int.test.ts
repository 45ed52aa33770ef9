// Several web instances sending for one service at once, texts and emails together, at and over its
// daily limit: each instance's group commit (notify_create_notifications) lists the two allowances
// in its own order and sends what it couldn't settle one at a time (notify_create_notification).
// Exactly the allowance of each channel is stored, the rest are refused with the daily limit, and
// no transaction deadlocks – which two batches creating the day's counter rows in opposite orders
// used to do.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { createTestApiSender, createTestTemplate } from "../../testing/factories";
import { getDb } from "./client";
import { DAILY_SHARDS, insertNotificationAndEnqueue, notificationRecord, type CreateNotificationRow } from "./notifications";
import { getEnv } from "../env";

const INSTANCES = 8;
const ROUNDS = 8;
const BATCH = 6;
const LIMIT = 100;

describe("daily allowances under concurrent batches", () => {
  it("stores exactly each allowance, refuses the rest, and never deadlocks", async () => {
    const { serviceId, body } = await createTestApiSender();
    const { createdById } = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { createdById: true } });
    const email = await createTestTemplate(serviceId, createdById, { type: "email", subject: "Hi", content: "Hello" });
    const day = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    const allowance = (channel: "sms" | "email") => ({ key: `daily:${serviceId}:${channel}`, limit: LIMIT, day });
    const row = (channel: "sms" | "email"): CreateNotificationRow & { id: string } => ({
      id: randomUUID(),
      serviceId,
      notificationType: channel,
      templateId: channel === "sms" ? body.template_id : email.id,
      templateVersion: 1,
      to: channel === "sms" ? "+12025550123" : "ada@example.gov",
    });

    const outcomes = { stored: 0, refused: 0, errors: [] as string[] };
    const instance = async (n: number) => {
      const client = new Client({ connectionString: getEnv().DATABASE_URL });
      await client.connect();
      try {
        for (let round = 0; round < ROUNDS; round++) {
          const rows = Array.from({ length: BATCH }, (_, i) => row((i + n) % 2 ? "sms" : "email"));
          const allowances = (n % 2 ? (["email", "sms"] as const) : (["sms", "email"] as const)).map((channel) => {
            const { key, limit } = allowance(channel);
            return { key, limit, day: day.toISOString().replace("Z", ""), ids: rows.filter((r) => r.notificationType === channel).map((r) => r.id) };
          });
          const { rows: notStored } = await client
            .query<{ not_stored: string }>(`SELECT not_stored FROM notify_create_notifications($1::jsonb, $2::jsonb, $3)`, [JSON.stringify(rows.map(notificationRecord)), JSON.stringify(allowances), DAILY_SHARDS])
            .catch((error: Error) => {
              outcomes.errors.push(`${error.message} ${(error as { detail?: string }).detail ?? ""} ${(error as { where?: string }).where ?? ""}`);
              return { rows: [] };
            });
          outcomes.stored += rows.length - notStored.length;
          for (const { not_stored: id } of notStored) {
            const left = rows.find((r) => r.id === id) as CreateNotificationRow & { id: string };
            const channel = left.notificationType as "sms" | "email";
            const outcome = await insertNotificationAndEnqueue(left, channel === "sms" ? "send-sms" : "send-email", { dailyLimit: allowance(channel) }).catch((error: Error) => {
              outcomes.errors.push(`${error.message} ${(error as { detail?: string }).detail ?? ""} ${(error as { where?: string }).where ?? ""}`);
              return null;
            });
            if (outcome?.ok) outcomes.stored += 1;
            else if (outcome && outcome.reason === "daily-limit") outcomes.refused += 1;
          }
        }
      } finally {
        await client.end();
      }
    };
    await Promise.all(Array.from({ length: INSTANCES }, (_, n) => instance(n)));

    expect(outcomes).toEqual({ stored: 2 * LIMIT, refused: INSTANCES * ROUNDS * BATCH - 2 * LIMIT, errors: [] });
    const stored = await getDb().notification.groupBy({ by: ["notificationType"], where: { serviceId }, _count: true });
    expect(Object.fromEntries(stored.map((s) => [s.notificationType, s._count]))).toEqual({ sms: LIMIT, email: LIMIT });
  });
});
