// Contact lists: save a checked spreadsheet, see it listed with its deletion day, send it with another
// template of the same channel through the check page, and delete it. Axe on every page.
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { addService, addSmsTemplate } from "../fixtures/portal";

test("save a spreadsheet as a contact list, send it with another template, delete it", async ({ page }) => {
  test.setTimeout(150_000);
  const person = await signInAs(page);
  await addService(page, "Clinics");
  await addSmsTemplate(page, "Clinic follow-up", "Thanks ((name)), see you on ((day)).");
  await addSmsTemplate(page, "Clinic reminder", "Hi ((name)), your clinic visit is on ((day)).");

  await page.getByRole("link", { name: "Upload a list of recipients" }).click();
  await page.getByLabel("Upload your spreadsheet").setInputFiles({ name: "clinic list.csv", mimeType: "text/csv", buffer: Buffer.from(`phone number,name,day\n${person.mobile},Ada,Monday\n`) });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send 1 message" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save as a contact list" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Contact lists" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Contact list saved" })).toBeVisible();
  const table = page.getByRole("table", { name: "Saved contact lists, newest first" });
  const row = table.getByRole("row", { name: /clinic list\.csv/ });
  await expect(row).toContainText("Text messages");
  await expect(row.getByRole("cell").first()).toHaveText("1");
  await expect(row).toContainText(person.name);
  // Deleted when the service's retention (7 days by default) has passed: a date 8 days after today (UTC).
  const deletesOn = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 8));
  await expect(row).toContainText(deletesOn.toLocaleDateString("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }));
  await expect(page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Contact lists" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name: "clinic list.csv" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "clinic list.csv" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("link", { name: "Choose a template" })).toBeVisible();
  await expect(page.getByLabel("Template")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  // Keyboard only: focus the select, pick the template, submit with Enter on the button.
  await page.getByLabel("Template").focus();
  await page.getByLabel("Template").selectOption({ label: "Clinic follow-up" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Send 1 message" })).toBeVisible();
  await expect(page.locator("p", { hasText: "using ‘Clinic follow-up’" })).toContainText("clinic list.csv");
  await expect(page.getByTestId("message-preview")).toContainText("Thanks Ada, see you on Monday.");

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Contact lists" }).click();
  await page.getByRole("link", { name: "clinic list.csv" }).click();
  await page.getByRole("link", { name: "Delete this contact list" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete ‘clinic list.csv’?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, delete this list" }).click();
  await expect(page.getByRole("heading", { name: "Contact list deleted" })).toBeVisible();
  await expect(page.getByText("You have not saved any contact lists yet.")).toBeVisible();
  await expectNoAxeViolations(page);
});
