// The dashboard's 7-day numbers and the message list with its filters and search. Axe on both.
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { addService, addSmsTemplate } from "../fixtures/portal";

test("dashboard numbers, then filter and search the messages", async ({ page }) => {
  test.setTimeout(120_000);
  const person = await signInAs(page);
  await addService(page, "Libraries");
  await expect(page.getByTestId("totals-sms")).toContainText("0");
  await expectNoAxeViolations(page);

  await addSmsTemplate(page, "Books due", "Your books are due back soon.");
  await page.getByRole("link", { name: "Use this template" }).click();
  await page.getByRole("button", { name: "Use my phone number" }).click();
  await page.getByRole("button", { name: "Send text message" }).click();
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Delivered", { timeout: 30_000 });

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("link", { name: "1 text message sent" })).toBeVisible();
  await expect(page.getByTestId("totals-sms").getByRole("row").nth(1)).toHaveText(/^\s*0\s*1\s*0\s*$/);
  await expect(page.getByRole("img", { name: "Text messages: 0 sending, 1 delivered, 0 failed" })).toBeVisible();

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Messages", exact: true }).click();
  await expect(page.getByRole("table", { name: "1 message" })).toContainText("Books due");
  await expectNoAxeViolations(page);
  await page.getByRole("navigation", { name: "Status" }).getByRole("link", { name: "Failed" }).click();
  await expect(page.getByRole("table", { name: "0 messages" })).toBeVisible();
  await page.getByRole("navigation", { name: "Status" }).getByRole("link", { name: "All" }).click();
  // Wait for the "All" page itself: its search form no longer carries status=failed.
  await expect(page.getByRole("table", { name: "1 message" })).toBeVisible();
  await expect(page.locator('form[role="search"] input[name="status"]')).toHaveCount(0);
  // The number written another way still finds it.
  const digits = person.mobile.slice(2);
  await page.getByLabel("Search by phone number, email address or reference").fill(`(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("table", { name: /1 message matching/ })).toContainText(person.mobile);
  await page.getByLabel("Search by phone number, email address or reference").fill("+12025550199");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("table", { name: /0 messages matching/ })).toBeVisible();
});

test("the audit trail shows who did what", async ({ page }) => {
  test.setTimeout(90_000);
  const person = await signInAs(page);
  await addService(page, "Museums");
  await addSmsTemplate(page, "Opening hours", "We are open until 5pm today.");
  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Audit trail" }).click();
  const trail = page.getByRole("table", { name: /events, newest first/ });
  await expect(trail.getByRole("row").nth(1)).toContainText(`${person.name}Created a template`);
  await expect(trail).toContainText("Created the service");
  await expectNoAxeViolations(page);
});
