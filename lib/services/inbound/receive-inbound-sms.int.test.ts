// Inbound SMS from SNS through to storage and the service's received-text callback.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { getEnv } from "../../env";
import type { InboundSmsItem } from "../../jobs/payloads";
import { decrypt } from "../../security/encryption";
import { createTestService, createTestUser } from "../../../testing/factories";
import { sendInboundSmsCallback } from "../callbacks/send-callbacks";
import { createSnsTestSigner } from "../../../testing/sns-test-signer";
import { receiveInboundSms, storeInboundSms } from "./receive-inbound-sms";

const TOPIC = "arn:aws:sns:us-west-2:123456789012:notify-inbound";
const signer = createSnsTestSigner();
const deps = { httpGet: signer.httpGet, topicArns: [TOPIC] };

async function queued(): Promise<InboundSmsItem[]> {
  const rows = await getDb().$queryRaw<{ payload: InboundSmsItem[] }[]>`SELECT payload FROM graphile_worker._private_jobs WHERE key LIKE 'receive-inbound-sms@%'`;
  return rows.flatMap((r) => r.payload);
}

async function serviceWithNumber(number: string, permissions: ("sms" | "inbound_sms")[] = ["sms", "inbound_sms"]) {
  const user = await createTestUser();
  const service = await createTestService(user.id);
  await getDb().servicePermission.deleteMany({ where: { serviceId: service.id, permission: { in: ["sms", "inbound_sms"] } } });
  await getDb().servicePermission.createMany({ data: permissions.map((permission) => ({ serviceId: service.id, permission })) });
  await getDb().inboundNumber.create({ data: { number, provider: "pinpoint", serviceId: service.id } });
  return service;
}

function inbound(destinationNumber: string, messageBody: string, id: string) {
  return signer.sign({
    Type: "Notification",
    TopicArn: TOPIC,
    Message: JSON.stringify({ originationNumber: "+12025550177", destinationNumber, messageKeyword: "KEYWORD_123456789012", messageBody, inboundMessageId: id, previousPublishedMessageId: "prev" }),
  });
}

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key LIKE 'receive-inbound-sms@%'`;
});

describe("inbound SMS", () => {
  it("verifies the SNS message, queues the text encrypted, and stores it against the number's service", async () => {
    const service = await serviceWithNumber("+18445550111");
    const response = await receiveInboundSms({ messageTypeHeader: "Notification", body: JSON.stringify(inbound("18445550111", "Yes please", "in-1")) }, deps);
    expect(response).toEqual({ status: 200, body: { result: "success", message: "SMS-SNS callback succeeded" } });

    const items = await queued();
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items)).not.toContain("Yes please");
    expect(await storeInboundSms(items)).toMatchObject({ stored: 1, dropped: 0 });
    expect(await storeInboundSms(items)).toMatchObject({ stored: 0 });

    const row = await getDb().inboundSms.findFirstOrThrow({ where: { serviceId: service.id } });
    expect(row).toMatchObject({ notifyNumber: "+18445550111", userNumber: "+12025550177", providerReference: "in-1", provider: "pinpoint" });
    expect(decrypt(row.contentEncrypted, getEnv().ENCRYPTION_KEY)).toBe("Yes please");
  });

  it("stores texts queued before items named their provider as pinpoint's", async () => {
    const service = await serviceWithNumber("+18445550115");
    const { encrypt } = await import("../../security/encryption");
    const old: InboundSmsItem = { notifyNumber: "+18445550115", userNumber: "+12025550177", contentEncrypted: encrypt("hi", getEnv().ENCRYPTION_KEY), providerReference: "in-old", receivedAt: new Date().toISOString() };
    expect(await storeInboundSms([old])).toMatchObject({ stored: 1 });
    expect(await getDb().inboundSms.findFirstOrThrow({ where: { serviceId: service.id } })).toMatchObject({ provider: "pinpoint" });
  });

  it("recognises STOP and HELP", async () => {
    await serviceWithNumber("+18445550112");
    await receiveInboundSms({ messageTypeHeader: "Notification", body: JSON.stringify(inbound("+18445550112", "STOP", "in-stop")) }, deps);
    await receiveInboundSms({ messageTypeHeader: "Notification", body: JSON.stringify(inbound("+18445550112", "help", "in-help")) }, deps);
    expect((await queued()).map((i) => i.keyword)).toEqual(["opt-out", "help"]);
  });

  it("drops texts to numbers without a service allowed to receive them", async () => {
    await serviceWithNumber("+18445550113", ["sms"]);
    await receiveInboundSms({ messageTypeHeader: "Notification", body: JSON.stringify(inbound("+18445550113", "hi", "in-2")) }, deps);
    await receiveInboundSms({ messageTypeHeader: "Notification", body: JSON.stringify(inbound("+18445550999", "hi", "in-3")) }, deps);
    expect(await storeInboundSms(await queued())).toMatchObject({ stored: 0, dropped: 2 });
  });

  it("refuses an unsigned inbound message", async () => {
    const message = { ...inbound("+18445550111", "hi", "in-4"), Signature: "bm90IGEgc2lnbmF0dXJl" };
    expect((await receiveInboundSms({ messageTypeHeader: "Notification", body: JSON.stringify(message) }, deps)).status).toBe(400);
    expect(await queued()).toEqual([]);
  });

  it("sends the received-text callback with the decrypted message", async () => {
    const service = await serviceWithNumber("+18445550114");
    const { encrypt } = await import("../../security/encryption");
    await getDb().serviceCallbackApi.create({ data: { serviceId: service.id, callbackType: "inbound_sms", url: "https://example.gov/inbound", bearerTokenEncrypted: encrypt("token-1234567", getEnv().ENCRYPTION_KEY) } });
    await receiveInboundSms({ messageTypeHeader: "Notification", body: JSON.stringify(inbound("+18445550114", "Reply text", "in-5")) }, deps);
    expect(await storeInboundSms(await queued())).toMatchObject({ stored: 1, callbacks: 1 });
    const row = await getDb().inboundSms.findFirstOrThrow({ where: { serviceId: service.id } });
    const posts: unknown[] = [];
    const result = await sendInboundSmsCallback({ inboundSmsId: row.id }, { post: async (request) => (posts.push(request), { result: "delivered" }) });
    expect(result).toBe("sent");
    expect(posts[0]).toMatchObject({
      url: "https://example.gov/inbound",
      bearerToken: "token-1234567",
      timeoutMs: 60_000,
      payload: { id: row.id, source_number: "+12025550177", destination_number: "+18445550114", message: "Reply text", date_received: expect.stringMatching(/Z$/) },
    });
  });
});
