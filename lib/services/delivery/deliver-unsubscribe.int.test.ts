// An email sent through the API with one_click_unsubscribe_url reaches SES with the RFC 8058
// headers built from the stored URL (the real SES adapter and SDK, the client mocked).
import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApiSender, createTestTemplate } from "../../../testing/factories";
import { getDb } from "../../db/client";
import { SesEmailProvider } from "../../providers/aws/ses-email";
import { sendApiNotification } from "../notifications/send-api-notification";
import { deliverNotification } from "./deliver-notification";
import { getProviders } from "./providers";

const sesMock = mockClient(SESv2Client);
afterEach(() => sesMock.reset());

async function deliverApiEmail(extra: Record<string, unknown>) {
  const { caller, serviceId } = await createTestApiSender();
  const owner = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { createdById: true } });
  const template = await createTestTemplate(serviceId, owner.createdById, { type: "email", subject: "News", content: "Hello" });
  const sent = (await sendApiNotification({ caller, channel: "email", body: { email_address: "resident@example.gov", template_id: template.id, ...extra } })).body as { id: string };
  sesMock.on(SendEmailCommand).resolves({ MessageId: `ses-${sent.id}` });
  const email = new SesEmailProvider({ client: new SESv2Client({ region: "us-west-2", credentials: { accessKeyId: "test", secretAccessKey: "test" } }) });
  expect(await deliverNotification(sent.id, { providers: { ...getProviders(), email } })).toBe("sent");
  return sesMock.commandCalls(SendEmailCommand)[0]?.args[0].input.Content?.Simple?.Headers ?? [];
}

describe("one-click unsubscribe on delivery", () => {
  it("sends the stored URL as List-Unsubscribe with List-Unsubscribe-Post", async () => {
    expect(await deliverApiEmail({ one_click_unsubscribe_url: "https://agency.gov/unsubscribe?u=42" })).toEqual([
      { Name: "List-Unsubscribe", Value: "<https://agency.gov/unsubscribe?u=42>" },
      { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
    ]);
  });

  it("adds no unsubscribe headers to an email sent without one", async () => {
    expect(await deliverApiEmail({})).toEqual([]);
  });
});
