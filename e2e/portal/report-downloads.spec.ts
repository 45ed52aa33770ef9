// Reports without phone numbers or email addresses: a job's and the message list's counts-only
// downloads, the "Reports your team can download" setting, and with "counts only" the pages offering
// only counts while a direct request for a report with recipients lands on the refusal page, never
// the file. Axe on every page.
import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { addService, addSmsTemplate } from "../fixtures/portal";

const COUNTS_HEADER = "Day,Type,Template,Job ID,Status,Messages,Text message parts";

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { file, text: await readFile((await file.path())!, "utf8") };
}

test("counts-only downloads, and a service that allows only them", async ({ page }) => {
  test.setTimeout(180_000);
  const person = await signInAs(page);
  const { serviceId } = await addService(page, "Clinics");
  const templateUrl = await addSmsTemplate(page, "Clinic reminder", "Hi ((name)), see you soon.").then(() => page.url());
  await page.getByRole("link", { name: "Upload a list of recipients" }).click();
  await page.getByLabel("Upload your spreadsheet").setInputFiles({ name: "clinic list.csv", mimeType: "text/csv", buffer: Buffer.from(`phone number,name\n${person.mobile},Ada\n+1 202 555 0100,Bob\n`) });
  await page.getByRole("button", { name: "Upload file" }).click();
  await page.getByRole("button", { name: "Send 2 messages" }).click();
  await expect(page.getByTestId("job-counts")).toContainText("2 delivered", { timeout: 30_000 });
  const jobUrl = page.url().split("?")[0]!;
  const jobId = jobUrl.split("/").at(-1)!;
  expect(templateUrl).toContain(serviceId);

  // The job page offers both; the counts name no recipient, not even in the file name.
  await expect(page.getByRole("link", { name: "Download a report of every row (CSV)" })).toBeVisible();
  await expectNoAxeViolations(page);
  const jobCounts = await downloaded(page, () => page.getByRole("link", { name: "Download counts by day and status, without recipients (CSV)" }).click());
  expect(jobCounts.file.suggestedFilename()).toMatch(/^job-counts-\d{4}-\d{2}-\d{2}\.csv$/);
  const jobLines = jobCounts.text.trim().split("\r\n");
  expect(jobLines[0]).toBe(COUNTS_HEADER);
  expect(jobLines[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2},text message,Clinic reminder,${jobId},Delivered,2,2$`));
  expect(jobCounts.text).not.toContain(person.mobile.slice(2));
  expect(jobCounts.text).not.toContain("2025550100");

  // The message list: a report with recipients and one with counts only.
  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Messages", exact: true }).click();
  await expect(page.getByRole("radio", { name: "Every message, with its recipient" })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Prepare report" }).click();
  const reports = page.getByRole("table", { name: "Your reports" });
  const withRecipients = reports.getByRole("link", { name: "Download All messages, last 7 days (2 messages, CSV)" });
  await expect(withRecipients).toBeVisible({ timeout: 30_000 });
  const recipientHref = (await withRecipients.getAttribute("href"))!;
  await page.getByRole("radio", { name: /^Counts only, without phone numbers or email addresses/ }).dispatchEvent("click");
  await page.getByRole("button", { name: "Prepare report" }).click();
  const counts = reports.getByRole("link", { name: "Download All messages, last 7 days, counts only (2 messages, CSV)" });
  await expect(counts).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  const messageCounts = await downloaded(page, () => counts.click());
  expect(messageCounts.file.suggestedFilename()).toMatch(/^messages-last-7-days-counts-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(messageCounts.text.split("\r\n")[0]).toBe(COUNTS_HEADER);
  expect(messageCounts.text).not.toContain(person.mobile.slice(2));

  // The setting: counts only.
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Change reports your team can download" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports your team can download" })).toBeVisible();
  await expect(page).toHaveTitle(/^Reports your team can download – /);
  await expect(page.getByText("the API is not affected")).toBeVisible();
  await expect(page.getByRole("radio", { name: "With recipients" })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.getByRole("link", { name: "Change reports your team can download" }).click();
  await page.getByRole("radio", { name: "Counts only (no phone numbers or email addresses)" }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "The reports your team can download have been changed" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Your service" })).toContainText("Counts only (no phone numbers or email addresses)");
  await expectNoAxeViolations(page);

  // Now the pages offer counts only…
  await page.goto(`/services/${serviceId}/notifications`);
  await expect(page.getByTestId("counts-only")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Every message, with its recipient" })).toHaveCount(0);
  await expect(reports).toContainText("Not available: your team can download counts only");
  await expect(reports.getByRole("link", { name: /Download All messages, last 7 days \(2 messages/ })).toHaveCount(0);
  await expect(reports.getByRole("link", { name: /counts only \(2 messages, CSV\)/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(jobUrl);
  await expect(page.getByRole("link", { name: "Download a report of every row (CSV)" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download counts by day and status, without recipients (CSV)" })).toBeVisible();
  await expectNoAxeViolations(page);

  // …and asking for a report with recipients directly gets the refusal, never the file.
  for (const href of [recipientHref, `${jobUrl}/report.csv`]) {
    const response = await page.request.get(href, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toBe(`/services/${serviceId}/reports/counts-only`);
    expect(response.headers()["content-disposition"]).toBeUndefined();
  }
  await page.goto(recipientHref);
  await expect(page.getByRole("heading", { level: 1, name: "You can download counts only" })).toBeVisible();
  await expect(page).toHaveTitle(/^You can download counts only – /);
  await expect(page.getByText(/not reports with phone numbers or email addresses/)).toBeVisible();
  await expectNoAxeViolations(page);
});
