// An email sent through the API with one_click_unsubscribe_url reaches SES with the RFC 8058
// headers built from the stored URL (the real SES adapter and SDK, the client mocked).
import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApiSender, createTestTemplate } from "../../../testing/factories";
import { getDb } from "../../db/client";
import { SesEmailProvider } from "../../providers/aws/ses-email";
import { getEnv, resetEnvCache } from "../../env";
import { readUnsubscribeToken } from "../../security/unsubscribe-link";
import { sendApiNotification } from "../notifications/send-api-notification";
import { deliverNotification } from "./deliver-notification";
import { getProviders } from "./providers";

const sesMock = mockClient(SESv2Client);
afterEach(() => sesMock.reset());

async function deliverApiEmail(extra: Record<string, unknown>, options: { hasUnsubscribeLink?: boolean } = {}) {
  const { caller, serviceId } = await createTestApiSender();
  const owner = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { createdById: true } });
  const template = await createTestTemplate(serviceId, owner.createdById, { type: "email", subject: "News", content: "Hello", hasUnsubscribeLink: options.hasUnsubscribeLink });
  const sent = (await sendApiNotification({ caller, channel: "email", body: { email_address: "resident@example.gov", template_id: template.id, ...extra } })).body as { id: string };
  sesMock.on(SendEmailCommand).resolves({ MessageId: `ses-${sent.id}` });
  const email = new SesEmailProvider({ client: new SESv2Client({ region: "us-west-2", credentials: { accessKeyId: "test", secretAccessKey: "test" } }) });
  expect(await deliverNotification(sent.id, { providers: { ...getProviders(), email } })).toBe("sent");
  const simple = sesMock.commandCalls(SendEmailCommand)[0]?.args[0].input.Content?.Simple;
  return Object.assign(simple?.Headers ?? [], { id: sent.id, html: simple?.Body?.Html?.Data ?? "", text: simple?.Body?.Text?.Data ?? "" });
}

/** The recipient our link (https://notify.example.gov/unsubscribe/<id>/<token>) carries for this notification, or null. */
function ourLinkFor(url: string, notificationId: string): { emailAddress: string } | null {
  const match = /^https:\/\/notify\.example\.gov\/unsubscribe\/([^/]+)\/([^/]+)$/.exec(url);
  return match?.[1] === notificationId ? readUnsubscribeToken(notificationId, match[2] ?? "", getEnv().ENCRYPTION_KEY) : null;
}

describe("one-click unsubscribe on delivery", () => {
  it("sends the stored URL as List-Unsubscribe with List-Unsubscribe-Post", async () => {
    expect([...(await deliverApiEmail({ one_click_unsubscribe_url: "https://agency.gov/unsubscribe?u=42" }))]).toEqual([
      { Name: "List-Unsubscribe", Value: "<https://agency.gov/unsubscribe?u=42>" },
      { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
    ]);
  });

  it("adds no unsubscribe headers to an email sent without one", async () => {
    expect([...(await deliverApiEmail({}))]).toEqual([]);
  });

  // SES takes only https links, so these run with an https base URL, as production has.
  it("sends our signed link in the headers and the footer when the template has the setting", async () => {
    const base = process.env.NOTIFY_BASE_URL;
    process.env.NOTIFY_BASE_URL = "https://notify.example.gov";
    resetEnvCache();
    try {
      const headers = await deliverApiEmail({}, { hasUnsubscribeLink: true });
      const ours = /^<(.+)>$/.exec(headers[0]?.Value ?? "")?.[1] ?? "";
      expect(ourLinkFor(ours, headers.id)).toEqual({ emailAddress: "resident@example.gov" });
      expect([...headers]).toEqual([
        { Name: "List-Unsubscribe", Value: `<${ours}>` },
        { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
      ]);
      expect(headers.html).toContain(`<a href="${ours}">Unsubscribe</a>`);
      expect(headers.text).toContain(`Unsubscribe: ${ours}`);
    } finally {
      if (base === undefined) delete process.env.NOTIFY_BASE_URL;
      else process.env.NOTIFY_BASE_URL = base;
      resetEnvCache();
    }
  });

  it("keeps the service's own URL in the headers, with our footer link, when the API gives one for such a template", async () => {
    const base = process.env.NOTIFY_BASE_URL;
    process.env.NOTIFY_BASE_URL = "https://notify.example.gov";
    resetEnvCache();
    try {
      const headers = await deliverApiEmail({ one_click_unsubscribe_url: "https://agency.gov/unsubscribe?u=42" }, { hasUnsubscribeLink: true });
      expect(headers[0]).toEqual({ Name: "List-Unsubscribe", Value: "<https://agency.gov/unsubscribe?u=42>" });
      const footer = /<a href="([^"]+)">Unsubscribe<\/a>/.exec(headers.html)?.[1] ?? "";
      expect(ourLinkFor(footer, headers.id)).toEqual({ emailAddress: "resident@example.gov" });
    } finally {
      if (base === undefined) delete process.env.NOTIFY_BASE_URL;
      else process.env.NOTIFY_BASE_URL = base;
      resetEnvCache();
    }
  });

  it("adds no footer link to an email with the service's own URL from a template without the setting", async () => {
    const headers = await deliverApiEmail({ one_click_unsubscribe_url: "https://agency.gov/unsubscribe?u=42" });
    expect(headers.html).not.toContain("Unsubscribe");
  });
});
