// The platform-wide audit trail: only platform admins see it; filtering by service, account events,
// email and event type; a bad filter gets an error summary. Axe on each page.
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { addService, addSmsTemplate } from "../fixtures/portal";

test("platform admins filter every service's and account's events", async ({ page }) => {
  test.setTimeout(120_000);
  const person = await signInAs(page);
  const { serviceId, serviceName } = await addService(page, "Harbors");
  await addSmsTemplate(page, "Tide times", "High tide is at 4pm today.");
  expect((await page.request.get("/platform-admin/audit")).status()).toBe(404);

  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [person.email]));
  await page.goto("/platform-admin");
  await page.getByRole("navigation", { name: "Platform admin" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail across services" })).toBeVisible();
  await expectNoAxeViolations(page);

  // One service's events.
  await page.getByRole("combobox", { name: "Service (optional)" }).selectOption({ label: serviceName });
  await page.getByRole("button", { name: "Filter events" }).click();
  const table = page.getByRole("table", { name: /events?, newest first/ });
  await expect(table).toHaveAccessibleName("2 events, newest first");
  await expect(table.getByRole("row").nth(1)).toContainText(`${person.name} (${person.email})Created a template${serviceName}`);
  await expect(table.getByRole("link", { name: serviceName }).first()).toHaveAttribute("href", `/platform-admin/services/${serviceId}`);

  // Account events of this person (signing up), by part of the email address.
  await page.getByRole("combobox", { name: "Service (optional)" }).selectOption({ label: "Account events (no service)" });
  await page.getByRole("searchbox", { name: "Email address of the person who acted (optional)" }).fill(person.email.split("@")[0]!.toUpperCase());
  await page.getByRole("button", { name: "Filter events" }).click();
  await expect(table).toContainText("Account");
  await expect(table).not.toContainText(serviceName);
  await expect(table.locator("caption")).toHaveText(/^[1-9][\d,]* events?, newest first$/);

  // By event type, across services.
  await page.getByRole("combobox", { name: "Service (optional)" }).selectOption({ label: "All services and accounts" });
  await page.getByRole("combobox", { name: "Event (optional)" }).selectOption({ label: "Created the service" });
  await page.getByRole("button", { name: "Filter events" }).click();
  await expect(table).toHaveAccessibleName("1 event, newest first");
  await expect(table).toContainText(`Created the service${serviceName}`);
  await expectNoAxeViolations(page);

  // A forged filter is explained.
  await page.goto("/platform-admin/audit?serviceId=not-a-service");
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Select a service from the list");
  await expect(page.getByRole("link", { name: "Select a service from the list" })).toHaveAttribute("href", "#serviceId");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
});
