// Report downloads from the message list: ask for one, watch it get prepared by the worker, download
// it and read the CSV; another service's member gets "not found" for it; the message page says when
// the message will be deleted, and once purged that it is no longer available. Axe on every page.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { addService, addSmsTemplate } from "../fixtures/portal";

test("download a report of the last days' messages, and only from your own service", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const person = await signInAs(page);
  const { serviceId } = await addService(page, "Libraries");
  await addSmsTemplate(page, "Books due", "Your books are due back soon.");
  await page.getByRole("link", { name: "Use this template" }).click();
  await page.getByRole("button", { name: "Use my phone number" }).click();
  await page.getByRole("button", { name: "Send text message" }).click();
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Delivered", { timeout: 30_000 });
  await expect(page.getByTestId("message-retention")).toHaveText(/^Messages are kept for 7 days\. This message will be deleted on [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
  const messageUrl = page.url().split("?")[0]!;
  const notificationId = messageUrl.split("/").at(-1)!;

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Messages", exact: true }).click();
  await expect(page.getByTestId("retention")).toHaveText(/^Messages are kept for 7 days\./);
  await expect(page.getByRole("table", { name: "Your reports" })).toContainText("You have not asked for any reports yet.");
  await expectNoAxeViolations(page);

  // The whole list, for the last 3 days.
  await page.getByRole("radio", { name: "3 days" }).dispatchEvent("click");
  await expect(page.getByRole("radio", { name: "3 days" })).toBeChecked();
  await page.getByRole("button", { name: "Prepare report" }).click();
  await expect(page.getByRole("heading", { name: "Your report is being prepared" })).toBeVisible();
  const reports = page.getByRole("table", { name: "Your reports" });
  const download = reports.getByRole("link", { name: /Download All messages, last 3 days \(1 message, CSV\)/ });
  await expect(download).toBeVisible({ timeout: 30_000 });
  await expect(reports).toContainText(/This report will be deleted on [A-Z][a-z]+ \d{1,2}, \d{4}\./);
  await expectNoAxeViolations(page);

  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^messages-last-3-days-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await file.path())!, "utf8")).trim().split("\r\n");
  expect(lines[0]).toBe("Recipient,Reference,Template,Type,Sent by,Sent by email,Job,Row number,Status,Time,API key name");
  expect(lines).toHaveLength(2);
  // The phone number starts with "+", so it is written as text (no formula) with a leading apostrophe.
  expect(lines[1]).toMatch(new RegExp(`^'\\${person.mobile},,Books due,text message,${person.name},${person.email},,,Delivered,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [AP]M E[SD]T,$`));

  // With the list filtered to failed messages, the report keeps the filter (and is empty).
  await page.getByRole("navigation", { name: "Status" }).getByRole("link", { name: "Failed" }).click();
  await expect(page.getByRole("checkbox", { name: "Only failed messages (the current filter)" })).toBeChecked();
  await page.getByRole("button", { name: "Prepare report" }).click();
  await expect(reports.getByRole("link", { name: "Download Failed messages, last 7 days (0 messages, CSV)" })).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);

  // Someone from another service can't fetch it.
  const href = await download.getAttribute("href");
  expect(href).toContain(`/services/${serviceId}/reports/`);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage);
  await addService(otherPage, "Museums");
  const response = await otherPage.request.get(href!);
  expect(response.status()).toBe(404);
  const ownService = new URL(otherPage.url()).pathname.split("/")[2];
  expect((await otherPage.request.get(href!.replace(serviceId, ownService!))).status()).toBe(404);
  await other.close();

  // After the retention purge has moved the message to history, its page says so.
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO notification_history (id, service_id, notification_type, template_id, template_version, notification_status, key_type, billable_units, created_at)
       SELECT id, service_id, notification_type, template_id, template_version, notification_status, key_type, billable_units, created_at FROM notifications WHERE id = $1`,
      [notificationId],
    );
    await client.query(`DELETE FROM notifications WHERE id = $1`, [notificationId]);
  });
  await page.goto(messageUrl);
  await expect(page.getByRole("heading", { level: 1, name: "This message is no longer available" })).toBeVisible();
  await expect(page).toHaveTitle("Message no longer available – Notify");
  await expect(page.getByText("Messages are kept for 7 days, then their content and recipient are deleted.")).toBeVisible();
  await expectNoAxeViolations(page);
});
