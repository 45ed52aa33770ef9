// Test keys: accepted like live ones, never handed to a provider (nothing reaches the outbox), and
// the message still gets a realistic final status; simulated recipients pick a failure.
import { expect, test } from "@playwright/test";
import { NotifyClient } from "notifications-node-client";
import { createApiService } from "../fixtures/api";
import { withDatabase } from "../fixtures/database";

test("a test key's messages get statuses but are never sent", async ({ baseURL }) => {
  const service = await createApiService({ restricted: true });
  const client = new NotifyClient(baseURL ?? "", service.keys.test);
  // Trial mode doesn't restrict test keys: nothing is delivered anyway.
  const sent = await client.sendSms(service.smsTemplateId, "+1 202 555 0166", { personalisation: { name: "Test" } });
  const failing = await client.sendSms(service.smsTemplateId, "+1 202 555 0101", { personalisation: { name: "Test" } });
  await expect.poll(async () => (await client.getNotificationById(sent.data.id)).data.status, { timeout: 20_000 }).toBe("delivered");
  await expect.poll(async () => (await client.getNotificationById(failing.data.id)).data.status, { timeout: 20_000 }).not.toBe("created");
  expect((await client.getNotificationById(failing.data.id)).data.status).toMatch(/failure/);
  const inOutbox = await withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM local_outbox WHERE "to" = '+1 202 555 0166' OR "to" = '+12025550166'`)).rows[0].n as number);
  expect(inOutbox).toBe(0);
  // Only test-key messages are listed for a test key.
  const listed = await client.getNotifications();
  expect(listed.data.notifications.map((n) => n.id).sort()).toEqual([sent.data.id, failing.data.id].sort());
});
