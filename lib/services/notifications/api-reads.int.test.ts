// What the API's GETs answer for what was really sent and saved: the email body with the line
// endings the template was saved with, the one-click unsubscribe URL the send stored, the cost
// once it is final, one updated_at for a template whichever endpoint reads it, and links on the
// public base URL.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { updateNotificationStatus } from "../../db/notifications";
import { getEnv } from "../../env";
import { createTestApiSender, createTestActor } from "../../../testing/factories";
import { createTemplate, updateTemplate } from "../templates/templates";
import { getNotificationForApi, getTemplateForApi, listNotificationsForApi, listTemplatesForApi } from "./api-reads";
import { sendApiNotification } from "./send-api-notification";

async function sender() {
  const setup = await createTestApiSender();
  const owner = await getDb().serviceUser.findFirstOrThrow({ where: { serviceId: setup.serviceId }, select: { user: { select: { id: true, name: true, emailAddress: true } } } });
  const actor = { sessionId: "s", userId: owner.user.id, name: owner.user.name, emailAddress: owner.user.emailAddress, platformAdmin: false };
  return { ...setup, actor };
}

const base = () => getEnv().NOTIFY_BASE_URL.replace(/\/$/, "");

describe("API reads", () => {
  it("keeps an email template's CRLF as saved, in the template, the send answer and the notification", async () => {
    const { caller, serviceId, actor } = await sender();
    const { templateId } = await createTemplate({ actor, serviceId, input: { channel: "email", name: "Welcome", subject: "Hi", content: "Hello ((name))\r\n\r\nWelcome  \r\n", category: "other" } });
    const template = await getTemplateForApi(caller, templateId);
    expect(template.body).toBe("Hello ((name))\r\n\r\nWelcome");

    const sent = await sendApiNotification({ caller, channel: "email", body: { email_address: "a@example.gov", template_id: templateId, personalisation: { name: "Ada" }, one_click_unsubscribe_url: "https://agency.gov/unsubscribe?u=1" } });
    const answer = sent.body as { id: string; uri: string; content: { body: string; one_click_unsubscribe_url: string | null }; template: { uri: string } };
    expect(answer.content.body).toBe("Hello Ada\r\n\r\nWelcome");
    expect(answer.content.one_click_unsubscribe_url).toBe("https://agency.gov/unsubscribe?u=1");
    expect(answer.uri).toBe(`${base()}/v2/notifications/${answer.id}`);
    expect(answer.template.uri).toBe(`${base()}/v2/template/${templateId}/version/1`);

    const read = await getNotificationForApi(caller, answer.id);
    expect(read.body).toBe("Hello Ada\r\n\r\nWelcome");
    expect(read.one_click_unsubscribe_url).toBe("https://agency.gov/unsubscribe?u=1");
    expect(read.template.uri).toBe(answer.template.uri);
    // Waiting to be sent: no cost yet. Handed over: an email's configured price (0 by default).
    expect([read.is_cost_data_ready, read.cost_in_pounds, read.cost_details]).toEqual([false, null, {}]);
    await updateNotificationStatus(answer.id, ["created"], "sending");
    const handedOver = await getNotificationForApi(caller, answer.id);
    expect([handedOver.is_cost_data_ready, handedOver.cost_in_pounds, handedOver.cost_details]).toEqual([true, getEnv().EMAIL_PRICE_PER_MESSAGE, {}]);
  });

  it("prices a text by its parts once it is handed over, for domestic and international numbers", async () => {
    const { caller, body } = await sender();
    const rate = getEnv().SMS_PRICE_PER_PART;
    const long = { ...body, personalisation: { name: "x".repeat(200) } };
    const domestic = (await sendApiNotification({ caller, channel: "sms", body: long })).body as { id: string };
    const international = (await sendApiNotification({ caller, channel: "sms", body: { ...body, phone_number: "+447900900123" } })).body as { id: string };
    expect((await getNotificationForApi(caller, domestic.id)).cost_details).toEqual({});
    for (const id of [domestic.id, international.id]) await updateNotificationStatus(id, ["created"], "delivered");
    const read = await getNotificationForApi(caller, domestic.id);
    expect(read.is_cost_data_ready).toBe(true);
    expect(read.cost_details).toEqual({ billable_sms_fragments: 2, international_rate_multiplier: 1, sms_rate: rate });
    expect(read.cost_in_pounds).toBeCloseTo(2 * rate, 10);
    expect(read.one_click_unsubscribe_url).toBeNull();
    const abroad = await getNotificationForApi(caller, international.id);
    expect(abroad.cost_details).toEqual({ billable_sms_fragments: 1, international_rate_multiplier: 1, sms_rate: rate });
  });

  it("gives a template the same updated_at and created_by from GET /v2/template/{id} and GET /v2/templates", async () => {
    const { caller, serviceId, actor } = await sender();
    const editor = await createTestActor();
    await getDb().serviceUser.create({ data: { serviceId, userId: editor.userId, permissions: ["manage_templates"] } });
    const { templateId } = await createTemplate({ actor, serviceId, input: { channel: "sms", name: "Reminder", content: "Version one", category: "other" } });
    expect((await getTemplateForApi(caller, templateId)).updated_at).toBeNull();
    await updateTemplate({ actor: editor, serviceId, templateId, input: { name: "Reminder", content: "Version two", category: "other" } });
    // Something that touches the template row but is not a new version (a move to a folder) must not change updated_at.
    await getDb().template.update({ where: { id: templateId }, data: { updatedAt: new Date(Date.now() + 60_000) } });
    const one = await getTemplateForApi(caller, templateId);
    const listed = (await listTemplatesForApi(caller, new URL("http://internal/v2/templates"))).templates.find((t) => t.id === templateId);
    expect(one.updated_at).not.toBeNull();
    expect(listed).toEqual(one);
    expect(one.created_by).toBe(editor.emailAddress);
    expect((await getTemplateForApi(caller, templateId, "1")).created_by).toBe(actor.emailAddress);
  });

  it("puts list links on the public base URL whatever host the request came to", async () => {
    const { caller, body } = await sender();
    await sendApiNotification({ caller, channel: "sms", body });
    const list = await listNotificationsForApi(caller, new URL("http://10.0.0.7:3000/v2/notifications?template_type=sms"));
    expect(list.links.current).toBe(`${base()}/v2/notifications?template_type=sms`);
    const letters = await listNotificationsForApi(caller, new URL("http://10.0.0.7:3000/v2/notifications?template_type=letter"));
    expect(letters.links).toEqual({ current: `${base()}/v2/notifications?template_type=letter` });
  });
});
