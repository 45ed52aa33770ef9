// API keys in the portal: create one (shown once), use it with the official client, revoke it and
// see the client refused. Plus the API documentation page. Every page is checked with axe.
import { expect, test } from "@playwright/test";
import { NotifyClient } from "notifications-node-client";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { addService, addSmsTemplate } from "../fixtures/portal";

test("create an API key, send with it, then revoke it", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const person = await signInAs(page);
  await addService(page, "Permits");
  // A template to send with.
  const templateId = await addSmsTemplate(page, "Permit ready", "Your permit ((number)) is ready");

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "API integration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Create an API key" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("link", { name: "Enter a name for this key" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Select a type of key" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Trial mode: a live key isn't allowed.
  await page.getByLabel("Name for this key").fill("Case system");
  await page.getByRole("radio", { name: /^Live/ }).dispatchEvent("click");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("link", { name: "You cannot create a live key while your service is in trial mode" })).toBeVisible();
  await page.getByRole("radio", { name: /^Team and guest list/ }).dispatchEvent("click");
  await page.getByRole("button", { name: "Continue" }).click();
  const key = (await page.getByTestId("api-key").textContent()) ?? "";
  expect(key).toMatch(/^case_system-[0-9a-f-]{36}-[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);

  const client = new NotifyClient(baseURL ?? "", key);
  const sent = await client.sendSms(templateId, person.mobile, { personalisation: { number: "A-17" } });
  expect(sent.status).toBe(201);
  expect(sent.data.content.body).toBe("Your permit A-17 is ready");
  const refused = await client.sendSms(templateId, "+12025550188", { personalisation: { number: "A-18" } }).catch((error: { response: { status: number; data: unknown } }) => error.response);
  expect(refused.status).toBe(400);
  expect(refused.data).toEqual({ status_code: 400, errors: [{ error: "BadRequestError", message: "Can’t send to this recipient using a team-only API key" }] });

  // The key is never shown again; revoking it stops it working.
  await page.getByRole("link", { name: "Done" }).click();
  await expect(page.getByRole("table", { name: "API keys for this service" })).toContainText("Case system");
  await expect(page.getByText(key)).toHaveCount(0);
  await page.getByRole("link", { name: "Revoke Case system" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, revoke this key" }).click();
  await expect(page.getByRole("heading", { name: "API key revoked" })).toBeVisible();
  const afterRevoke = await client.getAllTemplates().catch((error: { response: { status: number; data: unknown } }) => error.response);
  expect(afterRevoke.status).toBe(403);
  expect(afterRevoke.data).toEqual({ status_code: 403, errors: [{ error: "AuthError", message: "Invalid token: API key revoked" }] });
});

test("the API documentation page and the OpenAPI document", async ({ page, request }) => {
  await page.goto("/api-documentation");
  await expect(page.getByRole("heading", { level: 1, name: "API documentation" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Send a text message" })).toBeVisible();
  const categories = page.getByRole("table", { name: "Template categories and the lane each is delivered from" });
  await expect(categories.getByRole("row", { name: /Urgent alert/ })).toContainText("Priority");
  await expect(categories.getByRole("row", { name: /General information/ })).toContainText("Bulk");
  await expect(page.getByText("Messages from spreadsheets and bulk API jobs are delivered from the bulk lane, unless their template’s lane is priority.").first()).toBeVisible();
  await expectNoAxeViolations(page);
  const document = await (await request.get("/v2/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(document.info.description).toContain("## Template categories and delivery lanes");
  expect(Object.keys(document.paths)).toContain("/v2/notifications/sms");
  expect(document.paths["/v2/notifications/sms"].post.requestBody.content["application/json"].schema.required).toEqual(["phone_number", "template_id"]);
});
