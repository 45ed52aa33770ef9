// The Python client's call sequence (its integration_test, letters left out) made on the wire the way
// notifications-python-client makes it (e2e/api/python/client_calls.py: PyJWT, requests), against the
// running app, each answer checked against the same response schemas the node client's test uses
// and the assertions the Python test makes. Needs a python3 with Debian's python3-requests and
// python3-jwt (.ci/run installs them); skipped, saying so, where there is none.
import { execFile, spawnSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
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
import { conforms } from "../fixtures/contract";
import { createApiService } from "../fixtures/api";

const SCRIPT = path.join(__dirname, "python", "client_calls.py");
const MISSING = "python3 with requests and PyJWT not found (apt-get install python3-requests python3-jwt): the Python client's call sequence was not run";

/** The first python3 that can import requests and jwt (Debian's packages live beside /usr/bin/python3). */
function findPython(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(candidate, ["-c", "import requests, jwt"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return null;
}

const python = findPython();
if (!python) console.warn(`[python-client.spec] ${MISSING}`);

test("the Python client's integration call sequence", async ({ baseURL }) => {
  test.skip(!python, MISSING);
  const service = await createApiService();
  const run = await promisify(execFile)(python ?? "python3", [SCRIPT], {
    encoding: "utf8",
    timeout: 60_000,
    env: {
      ...process.env,
      NOTIFY_API_URL: baseURL,
      API_KEY: service.keys.normal,
      API_SENDING_KEY: service.keys.team,
      INBOUND_SMS_QUERY_KEY: service.keys.normal,
      SMS_TEMPLATE_ID: service.smsTemplateId,
      SMS_SENDER_ID: service.smsSenderId,
      EMAIL_TEMPLATE_ID: service.emailTemplateId,
      EMAIL_REPLY_TO_ID: service.replyToId,
      FUNCTIONAL_TEST_NUMBER: service.userMobile,
      FUNCTIONAL_TEST_EMAIL: service.userEmail,
    },
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    // A failed call prints the API's answer on stdout: show it, not just "Command failed".
    throw new Error(`${error.message}\n${error.stdout ?? ""}`);
  });
  expect(run.stderr, "the script's errors").toBe("");
  const { answers, names } = JSON.parse(run.stdout) as { answers: Record<string, unknown>; names: Record<string, string> };

  for (const step of ["send_sms", "send_sms_with_sender"]) {
    expect(conforms(postSmsResponseSchema, answers[step], step).content.body).toContain(names[step]);
  }
  expect(conforms(postSmsResponseSchema, answers.send_sms_with_sender, "sender").content.from_number).toBe("+12025550142");
  // The name was sent with sanitise_content_for: its hyphens come back escaped.
  const sanitisedBody = (step: string) => `Hello ${names[step]?.replaceAll("-", "\\-")}\r\n\r\nFunctional test help make our world a better place`;
  for (const step of ["send_email", "send_email_with_reply_to"]) {
    const sent = conforms(postEmailResponseSchema, answers[step], step);
    expect(sent.content.body).toBe(sanitisedBody(step));
    expect(sent.content.one_click_unsubscribe_url).toBe("https://unsubscribelink.com/unsubscribe");
    expect(conforms(notificationResponseSchema, answers[`get_${step}`], step).body).toBe(sanitisedBody(step));
  }
  for (const step of ["get_send_sms", "get_send_sms_with_sender", "get_send_email", "get_send_email_with_reply_to"]) conforms(notificationResponseSchema, answers[step], step);
  conforms(notificationsResponseSchema, answers.get_all_notifications, "get_all_notifications");

  const templates: [string, string, "sms" | "email"][] = [
    ["get_sms_template", service.smsTemplateId, "sms"],
    ["get_email_template", service.emailTemplateId, "email"],
    ["get_sms_template_version", service.smsTemplateId, "sms"],
    ["get_email_template_version", service.emailTemplateId, "email"],
  ];
  for (const [step, id, type] of templates) {
    const template = conforms(templateResponseSchema, answers[step], step);
    expect(template.id).toBe(id);
    if (type === "sms") expect(template.subject).toBeNull();
    if (step.endsWith("_version")) expect(template.version).toBe(1);
  }
  for (const [step, id, type] of [["preview_sms", service.smsTemplateId, "sms"], ["preview_email", service.emailTemplateId, "email"]] as const) {
    const preview = conforms(templatePreviewResponseSchema, answers[step], step);
    expect(preview.id).toBe(id);
    expect(preview.body).toContain(names[step]);
    if (type === "sms") expect(preview.subject).toBeNull();
  }
  expect(conforms(templatesResponseSchema, answers.get_all_templates, "all templates").templates).toHaveLength(2);
  expect(conforms(templatesResponseSchema, answers.get_email_templates, "email templates").templates.map((t) => t.type)).toEqual(["email"]);
  expect(conforms(templatesResponseSchema, answers.get_sms_templates, "sms templates").templates.map((t) => t.type)).toEqual(["sms"]);
  expect(conforms(receivedTextsResponseSchema, answers.get_received_texts, "received texts").received_text_messages.length).toBeGreaterThan(0);
});
