import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MessageRejected, SendEmailCommand, SESv2Client, TooManyRequestsException } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ProviderPermanentError, ProviderRetryableError } from "../errors";
import { SesEmailProvider } from "./ses-email";

const email = {
  to: "ada@example.gov",
  from: { name: "Passport Office", address: "passport.office@notify.example.gov" },
  replyTo: "help@passport.example.gov",
  subject: "Your application",
  text: "Plain body",
  html: "<p>HTML body</p>",
};

const sesMock = mockClient(SESv2Client);
const client = new SESv2Client({ region: "us-west-2", credentials: { accessKeyId: "test", secretAccessKey: "test" } });

afterEach(() => sesMock.reset());

describe("SesEmailProvider", () => {
  it("sends HTML and text with reply-to, From and the configuration set, and returns the SES MessageId", async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: "ses-message-1" });
    const provider = new SesEmailProvider({ client, configurationSetName: "notify-events" });

    await expect(provider.sendEmail(email)).resolves.toEqual({ providerReference: "ses-message-1" });

    const input = sesMock.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      FromEmailAddress: '"Passport Office" <passport.office@notify.example.gov>',
      Destination: { ToAddresses: ["ada@example.gov"] },
      ReplyToAddresses: ["help@passport.example.gov"],
      ConfigurationSetName: "notify-events",
      Content: { Simple: { Subject: { Data: "Your application" }, Body: { Text: { Data: "Plain body" }, Html: { Data: "<p>HTML body</p>" } } } },
    });
    expect(input?.Content?.Simple?.Headers).toBeUndefined();
  });

  it("adds one-click List-Unsubscribe headers when given an unsubscribe URL", async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: "ses-message-2" });
    await new SesEmailProvider({ client }).sendEmail({ ...email, unsubscribeUrl: "https://agency.example.gov/unsubscribe/abc" });
    expect(sesMock.commandCalls(SendEmailCommand)[0]?.args[0].input.Content?.Simple?.Headers).toEqual([
      { Name: "List-Unsubscribe", Value: "<https://agency.example.gov/unsubscribe/abc>" },
      { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
    ]);
  });

  it("treats throttling as retryable", async () => {
    sesMock.on(SendEmailCommand).rejects(new TooManyRequestsException({ message: "Maximum sending rate exceeded.", $metadata: { httpStatusCode: 429 } }));
    const error = await new SesEmailProvider({ client }).sendEmail(email).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderRetryableError);
    expect((error as Error).message).toContain("TooManyRequestsException");
  });

  it("treats a rejected message as permanent, without the address in the error", async () => {
    sesMock.on(SendEmailCommand).rejects(new MessageRejected({ message: "Email address is not verified: ada@example.gov", $metadata: { httpStatusCode: 400 } }));
    const error = await new SesEmailProvider({ client }).sendEmail(email).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderPermanentError);
    expect((error as Error).message).toBe("SES SendEmail failed: MessageRejected HTTP 400");
  });

  it("treats a 5xx from SES as retryable", async () => {
    sesMock.on(SendEmailCommand).rejects(Object.assign(new Error("Internal"), { name: "InternalServiceErrorException", $fault: "server", $metadata: { httpStatusCode: 500 } }));
    await expect(new SesEmailProvider({ client }).sendEmail(email)).rejects.toBeInstanceOf(ProviderRetryableError);
  });

  it("refuses a non-https unsubscribe link as permanent without calling SES", async () => {
    await expect(new SesEmailProvider({ client }).sendEmail({ ...email, unsubscribeUrl: "http://agency.example.gov/u" })).rejects.toBeInstanceOf(ProviderPermanentError);
    expect(sesMock.calls()).toHaveLength(0);
  });
});

describe("SesEmailProvider against an SES endpoint that never answers", () => {
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    // Accepts the connection and never responds: the real SDK request handler must time out.
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("turns the timeout into a retryable error", async () => {
    sesMock.restore();
    const slow = new SESv2Client({
      region: "us-west-2",
      endpoint,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      maxAttempts: 1,
      // The same handler options awsClientConfig() gives every client, with a shorter timeout.
      requestHandler: { requestTimeout: 200, connectionTimeout: 200, throwOnRequestTimeout: true },
    });
    const started = Date.now();
    const error = await new SesEmailProvider({ client: slow }).sendEmail(email).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderRetryableError);
    expect((error as Error).message).toContain("network or timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("the From header SES is given", () => {
  it.each([
    ['sec-A "><img src=x onerror=alert(1)>', '"sec-A \\"><img src=x onerror=alert(1)>" <p@notify.example.gov>'],
    ["Parks, Recreation and Culture", '"Parks, Recreation and Culture" <p@notify.example.gov>'],
    ["Département", "=?UTF-8?B?RMOpcGFydGVtZW50?= <p@notify.example.gov>"],
    ["Line\r\nBcc: victim@example.com", '"Line Bcc: victim@example.com" <p@notify.example.gov>'],
  ])("%j → %s", async (name, expected) => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: "m" });
    await new SesEmailProvider({ client }).sendEmail({ ...email, from: { name, address: "p@notify.example.gov" } });
    expect(sesMock.commandCalls(SendEmailCommand)[0]?.args[0].input.FromEmailAddress).toBe(expected);
  });

  it("splits a long non-ASCII name into encoded-words of at most 75 characters (RFC 2047)", async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: "m" });
    const name = "Département de la Santé publique et des Services sociaux du Québec";
    await new SesEmailProvider({ client }).sendEmail({ ...email, from: { name, address: "p@notify.example.gov" } });
    const from = sesMock.commandCalls(SendEmailCommand)[0]?.args[0].input.FromEmailAddress ?? "";
    const words = from.replace(/ <p@notify\.example\.gov>$/, "").split(" ");
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]{1,60}\?=$/);
    expect(Buffer.concat(words.map((w) => Buffer.from(w.slice(10, -2), "base64"))).toString("utf8")).toBe(name);
  });
});
