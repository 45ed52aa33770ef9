// Issue #7 in the browser: a message sent from the portal is followed from "being sent" to
// delivered, and one to a recipient whose message fails shows the reason, on the message page and
// in the messages list filtered to failures. The local provider and Notify's simulated
// recipients (+1 202-555-0101 always fails permanently) stand in for AWS.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { addService, addSmsTemplate } from "../fixtures/portal";

async function sendTo(page: Page, templateUrl: string, phoneNumber: string) {
  await page.goto(templateUrl);
  await page.getByRole("link", { name: "Use this template" }).click();
  await page.getByLabel("Phone number").fill(phoneNumber);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Send text message" }).click();
  await expect(page.getByRole("heading", { name: "Your message is being sent" })).toBeVisible();
}

test("a sent message moves to delivered, and a failed one shows why", async ({ page }) => {
  test.setTimeout(120_000);
  const person = await signInAs(page);
  await addService(page, "Permits");
  await addSmsTemplate(page, "Permit ready", "Your permit is ready to collect.");
  const templateUrl = page.url();

  await sendTo(page, templateUrl, person.mobile);
  await expect(page.getByTestId("notification-status")).toHaveText(/^Status: (Sending|Delivered)$/);
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Delivered", { timeout: 30_000 });
  await expect(page.getByText(/^Delivered:/)).toBeVisible();
  await expect(page).toHaveTitle("Text message – Notify");

  await sendTo(page, templateUrl, "+1 202-555-0101");
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Phone number does not exist", { timeout: 30_000 });
  await expect(page.getByText(/^Failed:/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Messages", exact: true }).click();
  await page.getByRole("navigation", { name: "Status" }).getByRole("link", { name: "Failed" }).click();
  const failed = page.getByRole("table", { name: "1 message" });
  await expect(failed.getByRole("row", { name: /\+1 202-555-0101/ })).toContainText("Phone number does not exist");
});
