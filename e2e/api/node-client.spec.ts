// The official notifications-node-client, unchanged, against the running app: every method it has
// for texts, emails, notifications, templates and received texts (letters aside), with each
// response checked against the API contract (lib/schemas/api-responses.ts, the same fields and
// types as the client's own integration-test schemas).
import { expect, test } from "@playwright/test";
import { NotifyClient } from "notifications-node-client";
import type { z } from "zod";
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
import { createApiService, type ApiService } from "../fixtures/api";

function conforms<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  expect(result.success ? [] : result.error.issues).toEqual([]);
  return result.data as T;
}

let service: ApiService;
let client: NotifyClient;
let teamClient: NotifyClient;

test.beforeAll(async ({ baseURL }) => {
  service = await createApiService();
  client = new NotifyClient(baseURL ?? "", service.keys.normal);
  teamClient = new NotifyClient(baseURL ?? "", service.keys.team);
});

test.describe.configure({ mode: "serial" });

let smsId = "";
let emailId = "";

test("send an SMS, with and without a chosen sender", async () => {
  const sent = await client.sendSms(service.smsTemplateId, "+1 (202) 555-0187", { personalisation: { name: "Foo" }, reference: "client-ref" });
  expect(sent.status).toBe(201);
  const body = conforms(postSmsResponseSchema, sent.data);
  expect(body.content.body).toBe("Hello Foo\n\nFunctional tests make our world a better place");
  expect(body.reference).toBe("client-ref");
  smsId = body.id;

  const withSender = await teamClient.sendSms(service.smsTemplateId, service.userMobile, { personalisation: { name: "Foo" }, smsSenderId: service.smsSenderId });
  expect(conforms(postSmsResponseSchema, withSender.data).content.from_number).toBe("+12025550142");
});

test("send an email: plain, with a reply-to address, an unsubscribe link and sanitised content", async () => {
  const sent = await client.sendEmail(service.emailTemplateId, "resident@example.com", { personalisation: { name: "Foo" }, reference: "client-ref" });
  expect(sent.status).toBe(201);
  const body = conforms(postEmailResponseSchema, sent.data);
  expect(body.content.body).toBe("Hello Foo\r\n\r\nFunctional test help make our world a better place");
  expect(body.content.subject).toBe("Functional tests are good");
  expect(body.content.one_click_unsubscribe_url).toBeNull();
  emailId = body.id;

  const replyTo = await client.sendEmail(service.emailTemplateId, "resident@example.com", { personalisation: { name: "Foo" }, emailReplyToId: service.replyToId });
  conforms(postEmailResponseSchema, replyTo.data);

  const unsubscribe = await client.sendEmail(service.emailTemplateId, "resident@example.com", { personalisation: { name: "Foo" }, oneClickUnsubscribeURL: "https://www.example.com" });
  expect(conforms(postEmailResponseSchema, unsubscribe.data).content.one_click_unsubscribe_url).toBe("https://www.example.com");

  const unsafe = "User, [click here](https://evil.link)";
  const sanitised = await client.sendEmail(service.emailTemplateId, "resident@example.com", { personalisation: { name: unsafe }, sanitiseContentFor: ["name"] });
  const sanitisedBody = conforms(postEmailResponseSchema, sanitised.data);
  expect(sanitisedBody.content.body).toContain("User, \\[click here\\]\\(\\)");
  expect(sanitisedBody.sanitised_content.name).toEqual({ sanitised: "User, \\[click here\\]\\(\\)", unsanitised: unsafe });
});

test("get notifications by id and as a list", async () => {
  const email = await client.getNotificationById(emailId);
  expect(email.status).toBe(200);
  const emailBody = conforms(notificationResponseSchema, email.data);
  expect(emailBody.type).toBe("email");
  expect(emailBody.body).toBe("Hello Foo\r\n\r\nFunctional test help make our world a better place");
  expect(emailBody.subject).toBe("Functional tests are good");

  const sms = await client.getNotificationById(smsId);
  const smsBody = conforms(notificationResponseSchema, sms.data);
  expect(smsBody.type).toBe("sms");
  expect(smsBody.body).toBe("Hello Foo\n\nFunctional tests make our world a better place");
  expect(smsBody.phone_number).toBe("+1 (202) 555-0187");

  const all = await client.getNotifications();
  const list = conforms(notificationsResponseSchema, all.data);
  expect(list.notifications.map((n) => n.id)).toEqual(expect.arrayContaining([smsId, emailId]));
  // Only the calling key's type: the team key's text isn't in the live key's list.
  expect(list.notifications.every((n) => n.id !== "")).toBe(true);
  const filtered = conforms(notificationsResponseSchema, (await client.getNotifications("sms", undefined, "client-ref")).data);
  expect(filtered.notifications.map((n) => n.id)).toEqual([smsId]);
  const older = conforms(notificationsResponseSchema, (await client.getNotifications(undefined, undefined, undefined, smsId)).data);
  expect(older.notifications.map((n) => n.id)).not.toContain(smsId);
});

test("templates: by id, by version, all, and a preview", async () => {
  const sms = conforms(templateResponseSchema, (await client.getTemplateById(service.smsTemplateId)).data);
  expect(sms.name).toBe("Client functional test sms template");
  expect(sms.subject).toBeNull();
  const email = conforms(templateResponseSchema, (await client.getTemplateById(service.emailTemplateId)).data);
  expect(email.body).toBe("Hello ((name))\r\n\r\nFunctional test help make our world a better place");
  expect(email.subject).toBe("Functional tests are good");
  const version = conforms(templateResponseSchema, (await client.getTemplateByIdAndVersion(service.smsTemplateId, 1)).data);
  expect(version.version).toBe(1);
  const all = conforms(templatesResponseSchema, (await client.getAllTemplates()).data);
  expect(all.templates.map((t) => t.id).sort()).toEqual([service.smsTemplateId, service.emailTemplateId].sort());
  const onlySms = conforms(templatesResponseSchema, (await client.getAllTemplates("sms")).data);
  expect(onlySms.templates.map((t) => t.id)).toEqual([service.smsTemplateId]);
  const preview = conforms(templatePreviewResponseSchema, (await client.previewTemplateById(service.emailTemplateId, { name: "Foo" })).data);
  expect(preview.body).toBe("Hello Foo\r\n\r\nFunctional test help make our world a better place");
  expect(preview.subject).toBe("Functional tests are good");
});

test("received text messages", async () => {
  const texts = conforms(receivedTextsResponseSchema, (await client.getReceivedTexts()).data);
  expect(texts.received_text_messages.map((t) => t.content)).toEqual(["Hello from a resident"]);
  const older = conforms(receivedTextsResponseSchema, (await client.getReceivedTexts(texts.received_text_messages[0]?.id)).data);
  expect(older.received_text_messages).toEqual([]);
});
