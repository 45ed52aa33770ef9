// The official notifications-node-client, unchanged, against the running app: every call its own
// integration suite (spec/integration/test.js) makes, letters and files by email aside, with each
// response checked against the API contract (lib/schemas/api-responses.ts, the same fields and
// types as the client's integration-test schemas) and the values that suite expects. As there,
// the templates are made in the portal: the email body's newlines reach the API as the browser
// submits them (CRLF) and come back so; the text message template was renamed after version 1.
// Costs are checked once the local provider has delivered, and the received text is one made
// with the local outbox's simulator.
import { expect, test } from "@playwright/test";
import { NotifyClient } from "notifications-node-client";
import {
  notificationResponseSchema,
  notificationsResponseSchema,
  postEmailResponseSchema,
  postSmsResponseSchema,
  receivedTextsResponseSchema,
  templatePreviewResponseSchema,
  templateResponseSchema,
  templatesResponseSchema,
} from "../../lib/schemas/api-responses";
import { signInAs } from "../fixtures/accounts";
import { addServiceMember, createApiService, type ApiService } from "../fixtures/api";
import { conforms } from "../fixtures/contract";
import { giveInboundNumber } from "../fixtures/inbound";
import { addEmailTemplate, addSmsTemplate } from "../fixtures/portal";

const EMAIL_BODY = "Hello Foo\r\n\r\nFunctional test help make our world a better place";
const SMS_BODY = "Hello Foo\n\nFunctional tests make our world a better place";
/** SMS_PRICE_PER_PART's default, which the test stack runs with. */
const SMS_RATE = 0.0075;
const RECEIVED_TEXT = `Hello from a resident ${Date.now()}`;

let service: ApiService;
let client: NotifyClient;
let teamClient: NotifyClient;
let smsTemplateId = "";
let emailTemplateId = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  service = await createApiService({ content: false });
  client = new NotifyClient(baseURL ?? "", service.keys.normal);
  teamClient = new NotifyClient(baseURL ?? "", service.keys.team);

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const person = await signInAs(page);
  await addServiceMember(service.serviceId, person.email);
  await page.goto(`/services/${service.serviceId}`);
  smsTemplateId = await addSmsTemplate(page, "Example text message template", "Hello ((name))\n\nFunctional tests make our world a better place");
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Template name").fill("Client functional test sms template");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Template saved" })).toBeVisible();
  emailTemplateId = await addEmailTemplate(page, "Client functional test email template", "Functional tests are good", "Hello ((name))\n\nFunctional test help make our world a better place");

  // A resident texts the service's number: made with the local outbox's simulator.
  const number = await giveInboundNumber(service.serviceId);
  await page.goto("/outbox");
  await page.getByLabel("Sent to").selectOption(number);
  await page.getByLabel("Sent from").fill("(202) 555-0177");
  await page.getByRole("textbox", { name: "Message" }).fill(RECEIVED_TEXT);
  await page.getByRole("button", { name: "Simulate received text" }).click();
  await expect(page.getByRole("heading", { name: "Received text simulated" })).toBeVisible();
  await context.close();
});

let smsId = "";
let emailId = "";
let unsubscribeId = "";

test("send an SMS, with and without a chosen sender", async () => {
  const sent = await client.sendSms(smsTemplateId, "+1 (202) 555-0187", { personalisation: { name: "Foo" }, reference: "client-ref" });
  expect(sent.status).toBe(201);
  const body = conforms(postSmsResponseSchema, sent.data);
  expect(body.content.body).toBe(SMS_BODY);
  expect(body.reference).toBe("client-ref");
  expect(body.template).toEqual({ id: smsTemplateId, version: 2, uri: expect.stringMatching(new RegExp(`/v2/template/${smsTemplateId}/version/2$`)) });
  smsId = body.id;

  const withSender = await teamClient.sendSms(smsTemplateId, service.userMobile, { personalisation: { name: "Foo" }, reference: "client-ref", smsSenderId: service.smsSenderId });
  expect(conforms(postSmsResponseSchema, withSender.data).content.from_number).toBe("+12025550142");
});

test("send an email: plain, with a reply-to address, an unsubscribe link and sanitised content", async () => {
  const sent = await client.sendEmail(emailTemplateId, "resident@example.com", { personalisation: { name: "Foo" }, reference: "client-ref" });
  expect(sent.status).toBe(201);
  const body = conforms(postEmailResponseSchema, sent.data);
  expect(body.content.body).toBe(EMAIL_BODY);
  expect(body.content.subject).toBe("Functional tests are good");
  expect(body.content.one_click_unsubscribe_url).toBeNull();
  expect(body.reference).toBe("client-ref");
  emailId = body.id;

  const replyTo = await client.sendEmail(emailTemplateId, "resident@example.com", { personalisation: { name: "Foo" }, reference: "client-ref", emailReplyToId: service.replyToId });
  expect(conforms(postEmailResponseSchema, replyTo.data).content.body).toBe(EMAIL_BODY);

  const unsubscribe = await client.sendEmail(emailTemplateId, "resident@example.com", { personalisation: { name: "Foo" }, oneClickUnsubscribeURL: "https://www.example.com" });
  const unsubscribeBody = conforms(postEmailResponseSchema, unsubscribe.data);
  expect(unsubscribeBody.content.one_click_unsubscribe_url).toBe("https://www.example.com");
  unsubscribeId = unsubscribeBody.id;

  const unsafe = "User, [click here](https://evil.link)";
  const sanitised = await client.sendEmail(emailTemplateId, "resident@example.com", { personalisation: { name: unsafe }, sanitiseContentFor: ["name"] });
  const sanitisedBody = conforms(postEmailResponseSchema, sanitised.data);
  expect(sanitisedBody.content.body).toContain("User, \\[click here\\]\\(\\)");
  expect(sanitisedBody.sanitised_content.name).toEqual({ sanitised: "User, \\[click here\\]\\(\\)", unsanitised: unsafe });
});

test("get notifications by id, with their costs once delivered, and as a list", async () => {
  // The local provider delivers at once; the cost is final once the message has been handed over.
  const delivered = async (id: string) => {
    let body = conforms(notificationResponseSchema, (await client.getNotificationById(id)).data);
    await expect.poll(async () => (body = conforms(notificationResponseSchema, (await client.getNotificationById(id)).data)).is_cost_data_ready, { timeout: 30_000 }).toBe(true);
    return body;
  };
  const email = await delivered(emailId);
  expect(email.type).toBe("email");
  expect(email.body).toBe(EMAIL_BODY);
  expect(email.subject).toBe("Functional tests are good");
  expect(email.one_click_unsubscribe_url).toBeNull();
  expect([email.cost_in_pounds, email.cost_details]).toEqual([0, {}]);
  expect((await delivered(unsubscribeId)).one_click_unsubscribe_url).toBe("https://www.example.com");

  const sms = await delivered(smsId);
  expect(sms.type).toBe("sms");
  expect(sms.body).toBe(SMS_BODY);
  expect(sms.phone_number).toBe("+1 (202) 555-0187");
  expect(sms.cost_details).toEqual({ billable_sms_fragments: 1, international_rate_multiplier: 1, sms_rate: SMS_RATE });
  expect(sms.cost_in_pounds).toBe(SMS_RATE);

  const all = conforms(notificationsResponseSchema, (await client.getNotifications()).data);
  expect(all.notifications.map((n) => n.id)).toEqual(expect.arrayContaining([smsId, emailId]));
  expect(all.links.current).toMatch(/\/v2\/notifications$/);
  const filtered = conforms(notificationsResponseSchema, (await client.getNotifications("sms", undefined, "client-ref")).data);
  expect(filtered.notifications.map((n) => n.id)).toEqual([smsId]);
  const older = conforms(notificationsResponseSchema, (await client.getNotifications(undefined, undefined, undefined, smsId)).data);
  expect(older.notifications.map((n) => n.id)).not.toContain(smsId);
});

test("templates: by id, by version, all, by type, and previews", async () => {
  const sms = conforms(templateResponseSchema, (await client.getTemplateById(smsTemplateId)).data);
  expect([sms.name, sms.subject, sms.letter_contact_block, sms.version]).toEqual(["Client functional test sms template", null, null, 2]);
  const email = conforms(templateResponseSchema, (await client.getTemplateById(emailTemplateId)).data);
  expect(email.body).toBe("Hello ((name))\r\n\r\nFunctional test help make our world a better place");
  expect([email.name, email.subject, email.letter_contact_block]).toEqual(["Client functional test email template", "Functional tests are good", null]);

  const smsVersion = conforms(templateResponseSchema, (await client.getTemplateByIdAndVersion(smsTemplateId, 1)).data);
  expect([smsVersion.name, smsVersion.subject, smsVersion.version]).toEqual(["Example text message template", null, 1]);
  const emailVersion = conforms(templateResponseSchema, (await client.getTemplateByIdAndVersion(emailTemplateId, 1)).data);
  expect([emailVersion.name, emailVersion.version]).toEqual(["Client functional test email template", 1]);

  const all = conforms(templatesResponseSchema, (await client.getAllTemplates()).data);
  expect(all.templates.map((t) => t.id).sort()).toEqual([smsTemplateId, emailTemplateId].sort());
  // One updated_at for a template, whichever endpoint answers.
  expect(all.templates.find((t) => t.id === smsTemplateId)?.updated_at).toBe(sms.updated_at);
  expect(conforms(templatesResponseSchema, (await client.getAllTemplates("sms")).data).templates.map((t) => t.id)).toEqual([smsTemplateId]);
  expect(conforms(templatesResponseSchema, (await client.getAllTemplates("email")).data).templates.map((t) => t.id)).toEqual([emailTemplateId]);
  expect(conforms(templatesResponseSchema, (await client.getAllTemplates("letter")).data).templates).toEqual([]);

  const smsPreview = conforms(templatePreviewResponseSchema, (await client.previewTemplateById(smsTemplateId, { name: "Foo" })).data);
  expect([smsPreview.body, smsPreview.subject]).toEqual([SMS_BODY, null]);
  const emailPreview = conforms(templatePreviewResponseSchema, (await client.previewTemplateById(emailTemplateId, { name: "Foo" })).data);
  expect([emailPreview.body, emailPreview.subject]).toEqual([EMAIL_BODY, "Functional tests are good"]);
});

test("received text messages, from the local simulator", async () => {
  // The simulator queues the text as SNS would; the worker stores it moments later.
  let texts = conforms(receivedTextsResponseSchema, (await client.getReceivedTexts()).data);
  await expect.poll(async () => (texts = conforms(receivedTextsResponseSchema, (await client.getReceivedTexts()).data)).received_text_messages.length, { timeout: 30_000 }).toBe(1);
  expect(texts.received_text_messages[0]).toMatchObject({ content: RECEIVED_TEXT, user_number: "+12025550177", service_id: service.serviceId });
  expect(texts.links.current).toMatch(/\/v2\/received-text-messages$/);
  const older = conforms(receivedTextsResponseSchema, (await client.getReceivedTexts(texts.received_text_messages[0]?.id)).data);
  expect(older.received_text_messages).toEqual([]);
});
