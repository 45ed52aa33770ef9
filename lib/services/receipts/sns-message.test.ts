import { describe, expect, it } from "vitest";
import { canonicalSnsString, isSnsUrl, SnsVerificationError, verifySnsMessage } from "./sns-message";
import { createSnsTestSigner } from "../../../testing/sns-test-signer";

const TOPIC = "arn:aws:sns:us-west-2:123456789012:notify-receipts";
const signer = createSnsTestSigner();
const notification = (overrides = {}) => signer.sign({ Type: "Notification", TopicArn: TOPIC, Message: '{"eventType":"Delivery"}', Subject: "Amazon SES Email Event Notification", ...overrides });

async function reason(raw: unknown, options: Partial<Parameters<typeof verifySnsMessage>[1]> = {}): Promise<string> {
  const error = await verifySnsMessage(raw, { httpGet: signer.httpGet, ...options }).then(
    () => "accepted",
    (e: unknown) => (e instanceof SnsVerificationError ? e.message : `unexpected ${String(e)}`),
  );
  return error;
}

describe("verifySnsMessage", () => {
  it.each(["1", "2"] as const)("accepts a message signed with SignatureVersion %s", async (version) => {
    const message = signer.sign({ Type: "Notification", TopicArn: TOPIC, Message: "{}" }, { version });
    await expect(verifySnsMessage(message, { httpGet: signer.httpGet })).resolves.toMatchObject({ MessageId: message.MessageId });
  });

  it("accepts a signed subscription confirmation (SubscribeURL and Token are signed fields)", async () => {
    const message = signer.sign({ Type: "SubscriptionConfirmation", TopicArn: TOPIC, Message: "confirm", SubscribeURL: "https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&Token=abc", Token: "abc" });
    expect(await reason(message)).toBe("accepted");
    expect(await reason({ ...message, Token: "other" })).toBe("signature does not match");
  });

  it("refuses an unsigned message", async () => {
    const { Signature: _s, ...unsigned } = notification();
    expect(await reason(unsigned)).toMatch(/^not an SNS message \(Signature/);
    expect(await reason({ ...notification(), Signature: "" })).toMatch(/^not an SNS message/);
  });

  it("refuses a badly signed or tampered message", async () => {
    expect(await reason({ ...notification(), Signature: Buffer.alloc(256, 1).toString("base64") })).toBe("signature does not match");
    expect(await reason({ ...notification(), Message: '{"eventType":"Bounce"}' })).toBe("signature does not match");
    expect(await reason({ ...notification(), TopicArn: "arn:aws:sns:us-west-2:999999999999:other" })).toBe("signature does not match");
    const other = createSnsTestSigner({ certUrl: signer.certUrl });
    expect(await reason(other.sign({ Type: "Notification", TopicArn: TOPIC, Message: "{}" }))).toBe("signature does not match");
  });

  it("refuses a message signed with version 1 but claiming version 2", async () => {
    const v1 = signer.sign({ Type: "Notification", TopicArn: TOPIC, Message: "{}" }, { version: "1" });
    expect(await reason({ ...v1, SignatureVersion: "2" })).toBe("signature does not match");
  });

  it("refuses a replayed (old) message and one from the future", async () => {
    const old = notification({ Timestamp: new Date(Date.now() - 61 * 60 * 1000).toISOString() });
    expect(await reason(old)).toBe("message is too old (replayed?)");
    const future = notification({ Timestamp: new Date(Date.now() + 10 * 60 * 1000).toISOString() });
    expect(await reason(future)).toBe("message timestamp is in the future");
  });

  it.each([
    "http://sns.us-west-2.amazonaws.com/cert.pem",
    "https://sns.us-west-2.amazonaws.com.evil.example/cert.pem",
    "https://evil.example/sns.us-west-2.amazonaws.com/cert.pem",
    "https://sns.amazonaws.com/cert.pem",
    "https://s3.us-west-2.amazonaws.com/cert.pem",
    "https://sns.us-west-2.amazonaws.com:8443/cert.pem",
    "https://user@sns.us-west-2.amazonaws.com/cert.pem",
    "https://sns.us-west-2.amazonaws.com/cert.txt",
  ])("refuses the certificate URL %s without fetching it", async (url) => {
    const before = signer.requested.length;
    expect(await reason(notification({ SigningCertURL: url }))).toBe("SigningCertURL is not an https URL on an SNS host");
    expect(signer.requested.length).toBe(before);
  });

  it("refuses an expired signing certificate", async () => {
    const expired = createSnsTestSigner({ notBefore: new Date(Date.now() - 10 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) });
    const message = expired.sign({ Type: "Notification", TopicArn: TOPIC, Message: "{}" });
    expect(await reason(message, { httpGet: expired.httpGet })).toBe("signing certificate is outside its validity period");
  });

  it("refuses a certificate that can't be fetched or parsed", async () => {
    const message = createSnsTestSigner().sign({ Type: "Notification", TopicArn: TOPIC, Message: "{}" });
    expect(await reason(message, { httpGet: async () => "not a certificate" })).toMatch(/^could not load the signing certificate/);
  });
});

describe("canonicalSnsString", () => {
  it("lists the Notification fields in SNS's order and skips a missing Subject", () => {
    const message = notification({ MessageId: "m1", Timestamp: "2026-11-28T10:00:00.000Z", Subject: undefined, Message: "hello" });
    expect(canonicalSnsString(message)).toBe(`Message\nhello\nMessageId\nm1\nTimestamp\n2026-11-28T10:00:00.000Z\nTopicArn\n${TOPIC}\nType\nNotification\n`);
  });
});

describe("isSnsUrl", () => {
  it.each([
    ["https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-abc.pem", true],
    ["https://sns.cn-north-1.amazonaws.com.cn/x.pem", true],
    ["https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription", true],
    ["https://sns-fips.us-west-2.example/x", false],
    ["not a url", false],
  ])("%s → %s", (url, expected) => {
    expect(isSnsUrl(url)).toBe(expected);
  });
});
