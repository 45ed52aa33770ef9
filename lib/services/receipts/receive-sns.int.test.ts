// The SNS receipts endpoint's service against a real database: verified messages are queued once
// (in one transaction with the replay guard), replays and foreign topics are refused, and the
// queued SES/SMS events move notifications forward only.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { applyProviderReceipts } from "./apply-receipts";
import { receiveSnsReceipt } from "./receive-sns";
import { createSnsTestSigner } from "../../../testing/sns-test-signer";
import type { ProviderReceipt } from "../../jobs/payloads";

const TOPIC = "arn:aws:sns:us-west-2:123456789012:notify-receipts";
const signer = createSnsTestSigner();
const deps = { httpGet: signer.httpGet, topicArns: [TOPIC] };

function post(message: object, type = "Notification") {
  return receiveSnsReceipt({ messageTypeHeader: type, body: JSON.stringify(message) }, deps);
}

function sesEvent(eventType: string, messageId: string, extra: object = {}) {
  return signer.sign({ Type: "Notification", TopicArn: TOPIC, Message: JSON.stringify({ eventType, mail: { messageId, destination: ["a@example.gov"] }, ...extra }) });
}

async function queuedReceipts(): Promise<ProviderReceipt[]> {
  const rows = await getDb().$queryRaw<{ payload: ProviderReceipt[] }[]>`SELECT payload FROM graphile_worker._private_jobs WHERE key LIKE 'apply-provider-receipts@%'`;
  return rows.flatMap((row) => row.payload);
}

async function sentNotification(type: "email" | "sms", reference: string, status: "sending" | "pending" = "sending") {
  const user = await createTestUser();
  const service = await createTestService(user.id);
  const template = await createTestTemplate(service.id, user.id, type === "email" ? { type, subject: "Hi", content: "Body" } : { type, content: "Body" });
  const { id } = await createTestNotification({ serviceId: service.id, templateId: template.id, type, to: type === "email" ? "a@example.gov" : "+12025550123" });
  await getDb().notification.update({ where: { id }, data: { status, reference, sentAt: new Date() } });
  return { id, serviceId: service.id };
}

const statusOf = async (id: string) => (await getDb().notification.findUniqueOrThrow({ where: { id }, select: { status: true, providerResponse: true, deliveredAt: true, failedAt: true } }));

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key LIKE 'apply-provider-receipts%'`;
});

describe("receiveSnsReceipt", () => {
  it("accepts a signed SES delivery event, queues it once and refuses the same MessageId again", async () => {
    const { id } = await sentNotification("email", "ses-ok-1");
    const message = sesEvent("Delivery", "ses-ok-1");

    expect(await post(message)).toEqual({ status: 200, body: { result: "success", message: "SES-SNS callback succeeded" } });
    expect(await post(message)).toMatchObject({ status: 409 });
    const queued = await queuedReceipts();
    expect(queued).toEqual([expect.objectContaining({ kind: "status", provider: "ses", providerReference: "ses-ok-1", status: "delivered" })]);

    await applyProviderReceipts(queued);
    expect(await statusOf(id)).toMatchObject({ status: "delivered", deliveredAt: expect.any(Date) });
  });

  it("batches events from several SNS messages into one job", async () => {
    // Jobs are keyed per second: start early in a second so both posts land in the same one.
    while (Date.now() % 1000 > 500) await new Promise((resolve) => setTimeout(resolve, 20));
    await post(sesEvent("Delivery", "ses-batch-1"));
    await post(sesEvent("Bounce", "ses-batch-2", { bounce: { bounceType: "Permanent", bounceSubType: "General" } }));
    const jobs = await getDb().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE key LIKE 'apply-provider-receipts@%'`;
    expect(Number(jobs[0]?.n)).toBe(1);
    expect((await queuedReceipts()).map((r) => r.providerReference)).toEqual(["ses-batch-1", "ses-batch-2"]);
  });

  it.each([
    ["unsigned", (m: Record<string, unknown>) => ({ ...m, Signature: undefined }), 400],
    ["badly signed", (m: Record<string, unknown>) => ({ ...m, Message: JSON.stringify({ eventType: "Delivery", mail: { messageId: "forged" } }) }), 400],
    ["replayed (over an hour old)", () => signer.sign({ Type: "Notification", TopicArn: TOPIC, Message: "{}", Timestamp: new Date(Date.now() - 2 * 3600_000).toISOString() }), 400],
    ["from another topic", () => signer.sign({ Type: "Notification", TopicArn: "arn:aws:sns:us-west-2:999999999999:attacker", Message: "{}" }), 403],
  ])("refuses a %s message and queues nothing", async (_label, mutate, status) => {
    const response = await post(mutate(sesEvent("Delivery", "ses-refused") as unknown as Record<string, unknown>));
    expect(response.status).toBe(status);
    expect(await queuedReceipts()).toEqual([]);
  });

  it("refuses a missing or mismatched message type header and a body that isn't JSON", async () => {
    const message = sesEvent("Delivery", "ses-header");
    expect((await receiveSnsReceipt({ messageTypeHeader: null, body: JSON.stringify(message) }, deps)).status).toBe(400);
    expect((await post(message, "SubscriptionConfirmation")).status).toBe(400);
    expect((await receiveSnsReceipt({ messageTypeHeader: "Notification", body: "{oops" }, deps)).status).toBe(400);
  });

  it("confirms a subscription by fetching its SubscribeURL, only on an SNS host", async () => {
    const url = "https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=t1";
    const confirm = signer.sign({ Type: "SubscriptionConfirmation", TopicArn: TOPIC, Message: "You have chosen to subscribe", SubscribeURL: url, Token: "t1" });
    expect(await post(confirm, "SubscriptionConfirmation")).toMatchObject({ status: 200, body: { message: "Subscription confirmed" } });
    expect(signer.requested).toContain(url);

    const evil = signer.sign({ Type: "SubscriptionConfirmation", TopicArn: TOPIC, Message: "x", SubscribeURL: "https://evil.example/confirm", Token: "t2" });
    expect(await post(evil, "SubscriptionConfirmation")).toMatchObject({ status: 400 });
    expect(signer.requested).not.toContain("https://evil.example/confirm");
  });
});

describe("applyProviderReceipts", () => {
  const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();

  it("moves only forward: a late 'pending' never overwrites 'delivered', in one batch or later", async () => {
    const { id } = await sentNotification("sms", "pp-forward");
    await applyProviderReceipts([
      { kind: "status", provider: "pinpoint", providerReference: "pp-forward", status: "delivered", eventAt: at(5) },
      { kind: "status", provider: "pinpoint", providerReference: "pp-forward", status: "pending", eventAt: at(10) },
    ]);
    expect((await statusOf(id)).status).toBe("delivered");
    const result = await applyProviderReceipts([{ kind: "status", provider: "pinpoint", providerReference: "pp-forward", status: "pending", eventAt: at(1) }]);
    expect(result).toMatchObject({ updated: 0, ignored: 1 });
    expect((await statusOf(id)).status).toBe("delivered");
  });

  it("records a permanent failure of a pending SMS as temporary-failure, with the provider's reason", async () => {
    const { id } = await sentNotification("sms", "pp-pending", "pending");
    await applyProviderReceipts([{ kind: "status", provider: "pinpoint", providerReference: "pp-pending", status: "permanent-failure", providerResponse: "Blocked by carrier", eventAt: at(1) }]);
    expect(await statusOf(id)).toMatchObject({ status: "temporary_failure", providerResponse: "Blocked by carrier", failedAt: expect.any(Date) });
  });

  it("updates a whole batch with one statement per outcome", async () => {
    const sent = await Promise.all(Array.from({ length: 6 }, (_, i) => sentNotification("email", `ses-many-${i}`)));
    const result = await applyProviderReceipts(
      sent.map((_, i) => ({ kind: "status" as const, provider: "ses", providerReference: `ses-many-${i}`, status: i % 2 ? ("delivered" as const) : ("permanent-failure" as const), eventAt: at(1) })),
    );
    expect(result).toMatchObject({ updated: 6, ignored: 0 });
    expect((await Promise.all(sent.map((n) => statusOf(n.id)))).map((r) => r.status)).toEqual(["permanent_failure", "delivered", "permanent_failure", "delivered", "permanent_failure", "delivered"]);
  });

  it("retries a receipt for an unknown reference for five minutes, then drops it", async () => {
    const result = await applyProviderReceipts([
      { kind: "status", provider: "ses", providerReference: "not-yet-stored", status: "delivered", eventAt: at(10) },
      { kind: "status", provider: "ses", providerReference: "never-stored", status: "delivered", eventAt: at(600) },
    ]);
    expect(result).toMatchObject({ retried: 1, dropped: 1 });
    const rows = await getDb().$queryRaw<{ payload: ProviderReceipt[]; run_at: Date }[]>`SELECT payload, run_at FROM graphile_worker._private_jobs WHERE key = 'apply-provider-receipts:unknown'`;
    expect(rows[0]?.payload.map((r) => r.providerReference)).toEqual(["not-yet-stored"]);
    expect(rows[0]!.run_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
  });

  it("stores an email complaint once and leaves the status alone", async () => {
    const { id } = await sentNotification("email", "ses-complaint");
    await getDb().notification.update({ where: { id }, data: { status: "delivered" } });
    const complaint = { kind: "complaint" as const, providerReference: "ses-complaint", feedbackId: "fb-1", complaintType: "abuse", complaintDate: at(1) };
    expect(await applyProviderReceipts([complaint])).toMatchObject({ complaints: 1 });
    expect(await applyProviderReceipts([complaint])).toMatchObject({ complaints: 0 });
    expect(await getDb().complaint.count({ where: { notificationId: id } })).toBe(1);
    expect((await statusOf(id)).status).toBe("delivered");
  });
});
