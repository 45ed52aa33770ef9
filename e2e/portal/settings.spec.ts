// Service settings in the browser: the summary, each change page (with Notify's error wording),
// text message senders and reply-to addresses, the guest list, and asking to go live. Every page
// is checked with axe.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";

async function addService(page: Page, prefix: string) {
  await page.getByRole("link", { name: "Add a new service" }).click();
  const name = `${prefix} ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Service name").fill(name);
  await page.getByRole("button", { name: "Add service" }).click();
  await expect(page.getByRole("heading", { name: "Your service has been added" })).toBeVisible();
  return { name, serviceId: new URL(page.url()).pathname.split("/")[2] as string };
}

/** A second member and a template, straight into the database (their own pages are tested elsewhere). */
async function addTeamMemberAndTemplate(serviceId: string) {
  await withDatabase(async (client) => {
    const id = randomUUID();
    await client.query(`INSERT INTO users (id, name, email_address, password_hash, state, updated_at) VALUES ($1, 'Colleague', $2, 'x', 'active', now())`, [id, `colleague-${id.slice(0, 8)}@agency.gov`]);
    await client.query(`INSERT INTO user_to_service (service_id, user_id, permissions, updated_at) VALUES ($1, $2, '{view_activity}', now())`, [serviceId, id]);
    await client.query(
      `INSERT INTO templates (id, service_id, name, template_type, content, created_by_id, updated_at) VALUES ($1, $2, 'Reminder', 'sms', 'Your appointment is tomorrow', $3, now())`,
      [randomUUID(), serviceId, id],
    );
  });
}

test("change a service's settings, senders and reply-to addresses", async ({ page }) => {
  test.setTimeout(150_000);
  await signInAs(page);
  const { serviceId } = await addService(page, "Parks");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByText("Your service is in trial mode")).toBeVisible();
  await expectNoAxeViolations(page);

  // Service name, and the From address that follows it.
  await page.getByRole("link", { name: "Change service name" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Service name").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Enter a service name" })).toBeVisible();
  await expectNoAxeViolations(page);
  const newName = `Recreation ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Service name").fill(newName);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Your service name has been changed" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Your service" })).toContainText(newName);
  await expect(page.getByRole("table", { name: "Emails" })).toContainText(`${newName.toLowerCase().replace(" ", ".")}@`);

  // SMS prefix and international texts.
  await page.getByRole("link", { name: "Change start messages with service name" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Off" }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Your text message prefix setting has been changed" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Start messages with service name/ })).toContainText("Off");
  await page.getByRole("link", { name: "Change send international text messages" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Off" }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("row", { name: /Send international text messages/ })).toContainText("Off");

  // Text message senders: Notify's wording, first is default, move the default, delete the other.
  await page.getByRole("link", { name: "Manage text message senders" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Add text message sender" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: /^Text message sender/ }).fill("ab");
  await page.getByLabel("Messages per second").fill("0");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("link", { name: "Enter 3 characters or more" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter a whole number of messages per second from 1 to 1000" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: /^Text message sender/ }).fill("(202) 555-0104");
  await page.getByLabel("AWS origination identity").fill("phone-0123456789abcdef0123456789abcdef");
  await page.getByLabel("Messages per second").fill("3");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { name: "Text message sender added" })).toBeVisible();
  const senders = page.getByRole("table", { name: "Text message senders" });
  await expect(senders.getByRole("row", { name: /\+12025550104/ })).toContainText("Default");
  await page.getByRole("link", { name: "Add text message sender" }).click();
  await page.getByRole("textbox", { name: /^Text message sender/ }).fill("Parks Dept");
  await page.getByLabel("Make this the default text message sender").dispatchEvent("click");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(senders.getByRole("row", { name: /Parks Dept/ })).toContainText("Default");
  await expect(senders.getByRole("row", { name: /\+12025550104/ })).not.toContainText("Default");
  await page.getByRole("link", { name: "Change +12025550104" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Delete this text message sender" }).click();
  await expect(page.getByRole("heading", { name: "Are you sure you want to delete +12025550104?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByRole("heading", { name: "Text message sender deleted" })).toBeVisible();
  await expect(senders.getByRole("row")).toHaveCount(2);
  // The default has no delete link.
  await page.getByRole("link", { name: "Change Parks Dept" }).click();
  await expect(page.getByText("This is your default text message sender.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Delete this text message sender" })).toHaveCount(0);
  await page.getByRole("link", { name: "Back to text message senders" }).click();
  await page.getByRole("link", { name: "Back to settings" }).click();

  // Reply-to addresses.
  await page.getByRole("link", { name: "Manage reply-to email addresses" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Add reply-to email address" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Reply-to email address").fill("help@");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("link", { name: "Enter an email address in the correct format, like name@example.gov" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Reply-to email address").fill("Help@Parks.gov");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { name: "Reply-to email address added" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Reply-to email addresses" }).getByRole("row", { name: /help@parks\.gov/ })).toContainText("Default");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Change help@parks.gov" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to reply-to email addresses" }).click();
  await page.getByRole("link", { name: "Back to settings" }).click();

  // Email sender name.
  await page.getByRole("link", { name: "Change email sender name" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email sender name").fill("parks and rec");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Use lowercase letters, numbers, dots, hyphens and underscores only, like city.permits" })).toBeVisible();
  const emailFrom = `parks.${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Email sender name").fill(emailFrom);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("table", { name: "Emails" })).toContainText(`${emailFrom}@`);

  // Data retention.
  await page.getByRole("link", { name: "Change data retention" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Days to keep text messages").fill("2");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Must be between 3 and 90" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Days to keep text messages").fill("30");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("table", { name: "Your service" })).toContainText("Text messages: 30 days. Emails: 7 days.");

  // Daily limits are read-only for members.
  await expect(page.getByRole("table", { name: "Daily limits" })).toContainText("50");
  await expect(page.getByText("To change your daily limits, contact the Notify team.")).toBeVisible();
  expect(serviceId).toBeTruthy();
});

test("guest list, then asking to go live once the checklist is done", async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  await signInAs(page);
  const { serviceId } = await addService(page, "Libraries");
  await page.goto(`/services/${serviceId}/service-settings`);

  await page.getByRole("link", { name: "Manage guest list" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Guest list" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address 1").fill("friend@example.gov");
  await page.getByLabel("Email address 2").fill("not an email");
  await page.getByLabel("Mobile number 1").fill("(202) 555-0199");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address 2").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Guest list saved" })).toBeVisible();
  await expect(page.getByLabel("Email address 1")).toHaveValue("friend@example.gov");
  await expect(page.getByLabel("Mobile number 1")).toHaveValue("+12025550199");

  await page.goto(`/services/${serviceId}/service-settings`);
  await page.getByRole("link", { name: "Request to go live" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Request to go live" })).toBeVisible();
  await expectNoAxeViolations(page);
  const checklist = page.getByRole("list", { name: "Before you go live" });
  await expect(checklist.getByRole("listitem")).toHaveCount(3);
  await expect(checklist.getByText("Not done")).toHaveCount(3);
  await page.getByRole("button", { name: "Request to go live" }).click();
  await expect(page.getByRole("link", { name: "Add at least one template" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add at least one other team member" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a reply-to email address" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/services/${serviceId}/service-settings/reply-to/add`);
  await page.getByLabel("Reply-to email address").fill("books@library.gov");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { name: "Reply-to email address added" })).toBeVisible();
  await addTeamMemberAndTemplate(serviceId);
  await page.goto(`/services/${serviceId}/service-settings/request-to-go-live`);
  await expect(checklist.getByText("Not done")).toHaveCount(0);
  await expect(checklist.getByText("Done", { exact: true })).toHaveCount(3);
  await page.getByRole("button", { name: "Request to go live" }).click();
  await expect(page.getByRole("heading", { name: "Your request to go live has been sent" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your request to go live is being reviewed" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/services/${serviceId}/service-settings/request-to-go-live`);
  await expect(page.getByRole("heading", { name: "Your request to go live is being reviewed" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Request to go live" })).toHaveCount(0);

  // Someone outside the team can't open any of it.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signInAs(otherPage);
  for (const path of ["service-settings", "service-settings/name", "service-settings/request-to-go-live", "guest-list"]) {
    const response = await otherPage.goto(`/services/${serviceId}/${path}`);
    expect(response?.status(), path).toBe(404);
  }
  await other.close();
});
