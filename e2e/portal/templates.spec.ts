// Templates and sending one message: create SMS and email templates (with the live counter and
// the form's errors), send one of each to yourself, watch them get delivered by the local
// provider, and the trial-mode refusal. Every page is checked with axe.
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { readLatestMessage } from "../fixtures/outbox";
import { addService, chooseCategory, newTemplate } from "../fixtures/portal";

test("create templates, send one of each to yourself and see them delivered", async ({ page }) => {
  test.setTimeout(180_000);
  const person = await signInAs(page);
  const { serviceName } = await addService(page);

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Send messages" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Templates" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A text message template: errors keep what was typed; the counter follows the typing.
  await newTemplate(page, "Text message");
  await expect(page.getByRole("heading", { level: 1, name: "New text message template" })).toBeVisible();
  await expectNoAxeViolations(page);
  const message = page.getByLabel("Message");
  await message.fill("x".repeat(930));
  await expect(page.getByTestId("sms-counter")).toContainText("You have 12 characters too many");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Enter a template name" })).toBeVisible();
  await expect(page.getByRole("link", { name: "You have 12 characters too many" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Select what this template is for" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: New template – Notify$/);
  await expect(message).toHaveValue("x".repeat(930));
  await expectNoAxeViolations(page);
  await page.getByLabel("Template name").fill("Appointment reminder");
  await message.fill("Hi ((name)), your appointment is on ((day)). Reply STOP to opt out – Привет");
  await expect(page.getByTestId("sms-counter")).toContainText("are not in the standard text message alphabet");
  await message.fill("Hi ((name)), your appointment is on ((day)).");
  await chooseCategory(page, "Reminder");
  await expect(page.getByTestId("sms-counter")).toContainText(`${serviceName.length + 2 + 44} characters, 1 text message`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Template saved" })).toBeVisible();
  await expect(page.getByTestId("message-preview")).toContainText(`${serviceName}: Hi ((name)), your appointment is on ((day)).`);
  await expect(page.getByText("Will be charged as 1 text message (not including personalization)")).toBeVisible();
  await expectNoAxeViolations(page);

  // Edit it: a second version, with its history.
  await page.getByRole("link", { name: "Edit" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Message").fill("Hi ((name)), see you on ((day)).");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("link", { name: "See previous versions" }).click();
  await expect(page.getByRole("heading", { name: "Version 2" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Version 1" })).toBeVisible();
  await expect(page.getByText(`Changed by ${person.name}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to Appointment reminder" }).click();

  // Send it to yourself: recipient, one step per placeholder, preview, send.
  await page.getByRole("link", { name: "Use this template" }).click();
  await expect(page.getByText("Your service is in trial mode")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Phone number").fill("(202) 555-0177");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("link", { name: /In trial mode you can only send to yourself/ })).toBeVisible();
  await expect(page.getByLabel("Phone number")).toHaveValue("(202) 555-0177");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Use my phone number" }).click();
  await expect(page.getByLabel(/^name\b/)).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("link", { name: "Enter name" })).toBeVisible();
  await page.getByLabel(/^name\b/).fill("Ada");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel(/^day\b/).fill("Tuesday");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("message-preview")).toContainText(`${serviceName}: Hi Ada, see you on Tuesday.`);
  await expect(page.getByTestId("message-preview")).toContainText(person.mobile);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send text message" }).click();
  await expect(page.getByRole("heading", { name: "Your message is being sent" })).toBeVisible();
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Delivered", { timeout: 30_000 });
  await expectNoAxeViolations(page);
  const notificationUrl = page.url();
  expect(await readLatestMessage(page, person.mobile)).toContain(`${serviceName}: Hi Ada, see you on Tuesday.`);

  // An email template, sent to your own address.
  await page.goto(notificationUrl);
  await newTemplate(page, "Email");
  await page.getByLabel("Template name").fill("Welcome");
  await page.getByLabel("Message").fill("# Welcome ((name))\n\nThanks for signing up.");
  await chooseCategory(page, "Request for action");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Enter a subject line" })).toBeVisible();
  await page.getByLabel("Subject line of the email").fill("Hello ((name))");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("message-preview")).toContainText("Hello ((name))");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Use this template" }).click();
  await page.getByRole("button", { name: "Use my email address" }).click();
  await page.getByLabel(/^name\b/).fill("Grace");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("message-preview")).toContainText("Hello Grace");
  await page.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Delivered", { timeout: 30_000 });
  expect(await readLatestMessage(page, person.email)).toContain("Hello Grace");
});

test("folders, copying, and deleting a template", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page);
  const { serviceId } = await addService(page);
  await newTemplate(page, "Text message");
  await page.getByLabel("Template name").fill("Weekly reminder");
  await page.getByLabel("Message").fill("See you soon");
  await chooseCategory(page, "Reminder");
  await page.getByRole("button", { name: "Save" }).click();

  await page.goto(`/services/${serviceId}/templates`);
  await page.getByRole("link", { name: "New folder" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Add folder" }).click();
  await expect(page.getByRole("link", { name: "Enter a folder name" })).toBeVisible();
  await page.getByLabel("Folder name").fill("Reminders");
  await page.getByRole("button", { name: "Add folder" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reminders" })).toBeVisible();
  await expect(page.getByText("This folder is empty.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Move the template into the folder from the top level.
  await page.goto(`/services/${serviceId}/templates`);
  await page.getByRole("button", { name: "Move" }).click();
  await expect(page.getByRole("link", { name: "Select at least one template or folder" })).toBeVisible();
  await page.getByRole("checkbox", { name: /Weekly reminder/ }).dispatchEvent("click");
  await page.getByLabel("Move selected to").selectOption({ label: "Reminders" });
  await page.getByRole("button", { name: "Move" }).click();
  await expect(page.getByRole("link", { name: "Weekly reminder" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Reminders" }).click();
  await page.getByRole("link", { name: "Weekly reminder" }).click();
  await expect(page.getByRole("navigation", { name: "Folders" })).toContainText("Reminders");

  // Copy it, then delete the copy with a confirmation step.
  await page.goto(`/services/${serviceId}/templates/copy`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Weekly reminder" }).click();
  await expect(page.getByLabel("Template name")).toHaveValue("Weekly reminder (copy)");
  await expect(page.getByRole("radio", { name: /^Reminder/ })).toBeChecked();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Weekly reminder (copy)" })).toBeVisible();
  await page.getByRole("link", { name: "Delete this template" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByRole("heading", { name: "Template deleted" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Weekly reminder (copy)" })).toHaveCount(0);
});
