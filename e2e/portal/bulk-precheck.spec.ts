// The upload page's instant pre-check (the browser reads the chosen file with the server's rules and
// words, before anything is sent), the form still working without JavaScript, and a file over the
// row limit refused with Notify's problem page. Axe on every page.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { addService, addSmsTemplate } from "../fixtures/portal";

const MAX_ROWS = 100_000; // lib/domain/csv/check-file.ts

async function uploadPage(page: Page) {
  const person = await signInAs(page);
  await addService(page, "Clinics");
  await addSmsTemplate(page, "Clinic reminder", "Hi ((name)), your clinic visit is on ((day)).");
  await page.getByRole("link", { name: "Upload a list of recipients" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Upload a list of recipients" })).toBeVisible();
  return { person, uploadUrl: page.url() };
}

test("choosing a file shows its problems before it is uploaded; without JavaScript the form still works", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { person, uploadUrl } = await uploadPage(page);
  const precheck = page.getByTestId("spreadsheet-precheck");

  await page.getByLabel("Upload your spreadsheet").setInputFiles({ name: "missing.csv", mimeType: "text/csv", buffer: Buffer.from(`phone number,name\n${person.mobile},Ada\n`) });
  await expect(precheck).toContainText("Your column names need to match the double parenthesis in your template");
  await expect(precheck).toContainText("Your file is missing a column called ‘day’.");
  expect(page.url()).toBe(uploadUrl);
  await expectNoAxeViolations(page);

  await page.getByLabel("Upload your spreadsheet").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) });
  await expect(precheck).toContainText("photo.png is not a spreadsheet that Notify can read. Save it as a CSV, TSV or text file and upload it again.");

  await page.getByLabel("Upload your spreadsheet").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(`phone number,name,day\n${person.mobile},Ada,Monday\n${person.mobile},Bob,Friday\n`) });
  await expect(precheck).toContainText("good.csv has 2 rows and the columns this template needs.");
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send 2 messages" })).toBeVisible();

  // The same page with JavaScript off: no pre-check, and the server's check decides.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(uploadUrl);
  await plain.getByLabel("Upload your spreadsheet").setInputFiles({ name: "missing.csv", mimeType: "text/csv", buffer: Buffer.from(`phone number,name\n${person.mobile},Ada\n`) });
  await expect(plain.getByTestId("spreadsheet-precheck")).toBeEmpty();
  await plain.getByRole("button", { name: "Upload file" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: "Your column names need to match the double parenthesis in your template" })).toBeVisible();
  await noScript.close();
});

test("a file over the row limit gets Notify's 'too many rows' page", async ({ page }) => {
  test.setTimeout(150_000);
  const { person } = await uploadPage(page);
  const rows = MAX_ROWS + 1;
  const contents = `phone number,name,day\n${`${person.mobile},Ada,Monday\n`.repeat(rows)}`;
  await page.getByLabel("Upload your spreadsheet").setInputFiles({ name: "everyone.csv", mimeType: "text/csv", buffer: Buffer.from(contents) });
  await expect(page.getByTestId("spreadsheet-precheck")).toContainText("Your file has too many rows", { timeout: 20_000 });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your file has too many rows" })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".usa-alert--error")).toContainText(`Notify can process up to 100,000 rows at once. Your file has ${rows.toLocaleString("en-US")} rows.`);
  await expect(page.getByRole("link", { name: "Upload your file again" })).toBeVisible();
  await expectNoAxeViolations(page);
});
