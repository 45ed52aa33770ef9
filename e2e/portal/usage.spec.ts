// Usage in the browser: a service's usage page counts today's text message (live) against the free
// allowance; the platform-wide usage page lists the service; only platform admins see it. Axe on each.
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { addService, addSmsTemplate } from "../fixtures/portal";

test("usage this financial year for a service and across services", async ({ page }) => {
  test.setTimeout(150_000);
  const person = await signInAs(page);
  const { serviceId, serviceName } = await addService(page, "Permits");
  // Over 160 characters: two parts.
  await addSmsTemplate(page, "Permit ready", `Your permit is ready to collect. ${"Bring photo ID and your reference number. ".repeat(4)}`);
  await page.getByRole("link", { name: "Use this template" }).click();
  await page.getByRole("button", { name: "Use my phone number" }).click();
  await page.getByRole("button", { name: "Send text message" }).click();
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Delivered", { timeout: 30_000 });

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Usage" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
  await expect(page.getByTestId("usage-totals")).toContainText("Text messages1 sent, 2 parts");
  await expect(page.getByTestId("usage-totals")).toContainText("249,998 of 250,000 left");
  await expect(page.getByTestId("usage-cost")).toHaveText("Estimated cost: $0.00 for 0 text message parts beyond the free allowance. Emails are free.");
  const month = new Date().toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "America/New_York" });
  await expect(page.getByRole("table", { name: "Usage by month" }).getByRole("row", { name: new RegExp(`^${month}`) })).toHaveText(new RegExp(`^\\s*${month}\\s*0\\s*1\\s*2\\s*2\\s*0\\s*\\$0\\.00\\s*$`));
  await expectNoAxeViolations(page);

  // Not a platform admin yet: the platform page is "not found".
  expect((await page.request.get("/platform-admin/usage")).status()).toBe(404);
  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [person.email]));
  await page.goto("/platform-admin");
  await page.getByRole("navigation", { name: "Platform admin" }).getByRole("link", { name: "Usage" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Usage across services" })).toBeVisible();
  const row = page.getByRole("table", { name: "Usage by service this financial year" }).getByRole("row", { name: new RegExp(serviceName) });
  await expect(row).toHaveText(new RegExp(`^\\s*${serviceName}\\s*0\\s*1\\s*2\\s*250,000\\s*0\\s*\\$0\\.00\\s*$`));
  await expect(row.getByRole("link", { name: serviceName })).toHaveAttribute("href", `/platform-admin/services/${serviceId}`);
  await expectNoAxeViolations(page);
});
