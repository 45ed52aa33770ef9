// Provider readiness in the browser, with the local providers this suite runs on: only platform
// admins see it; it says the local providers are in use and points to the outbox; the test-message
// forms show GOV.UK errors and, by keyboard, send a test email and text through the real worker to
// the outbox. axe on every state of the page.
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { readLatestMessage } from "../fixtures/outbox";

test("provider readiness: local providers, test email and text through the worker to the outbox", async ({ page }) => {
  test.setTimeout(120_000);
  const person = await signInAs(page);

  // Not a platform admin: the page doesn't exist.
  expect((await page.goto("/platform-admin/providers"))?.status()).toBe(404);

  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [person.email]));
  await page.goto("/platform-admin");
  await page.getByRole("link", { name: "Provider readiness" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Provider readiness" })).toBeVisible();
  await expect(page).toHaveTitle(/Provider readiness/);
  await expect(page.getByRole("heading", { level: 2, name: "Local providers in use" })).toBeVisible();
  await expect(page.getByText("Emails use the local provider: nothing is sent to AWS.")).toBeVisible();
  await expect(page.getByText("Text messages use the local provider: nothing is sent to AWS.")).toBeVisible();
  await expect(page.getByRole("link", { name: "outbox" }).first()).toHaveAttribute("href", "/outbox");
  // No AWS-only parts with the local providers.
  await expect(page.getByRole("button", { name: "Add number and text it a code" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Empty and badly written recipients: the error summary links to the field, same words inline.
  await page.getByRole("button", { name: "Send a test email" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Enter the email address to send a test email to" })).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: "Enter the email address to send a test email to" }).click();
  await expect(page.getByLabel("Email address")).toBeFocused();

  await page.getByLabel("Phone number").fill("12345");
  await page.getByRole("button", { name: "Send a test text message" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link", { name: /Enter a US phone number in the correct format, like 202-555-0123/ })).toBeVisible();
  await expect(page.getByLabel("Phone number")).toHaveValue("12345");
  await expectNoAxeViolations(page);

  // By keyboard: type the address and press Enter in the field.
  const testAddress = `ops-${person.email}`;
  await page.getByLabel("Email address").focus();
  await page.keyboard.type(testAddress);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Test email queued" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "See the message and its status" }).click();
  await expect(page.getByText(testAddress).first()).toBeVisible();
  expect(await readLatestMessage(page, testAddress)).toContain("This is a test email from Notify, sent by " + person.name);

  await page.goto("/platform-admin/providers");
  await page.getByLabel("Phone number").focus();
  await page.keyboard.type("(202) 555-0187");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Test text message queued" })).toBeVisible();
  expect(await readLatestMessage(page, "+12025550187")).toContain(`Notify test text message, sent by ${person.name}`);
});
