// Sending a spreadsheet: problem pages for bad files, a good file sent and watched to the end with
// the local provider, the report download, and a scheduled job cancelled. Axe on every page.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { addService, addSmsTemplate } from "../fixtures/portal";

async function serviceWithTemplate(page: Page) {
  const person = await signInAs(page);
  await addService(page, "Clinics");
  await addSmsTemplate(page, "Clinic reminder", "Hi ((name)), your clinic visit is on ((day)).");
  return { person, templateUrl: page.url() };
}

async function upload(page: Page, templateUrl: string, name: string, contents: string) {
  await page.goto(templateUrl);
  await page.getByRole("link", { name: "Upload a list of recipients" }).click();
  await page.getByLabel("Upload your spreadsheet").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(contents) });
  await page.getByRole("button", { name: "Upload file" }).click();
}

test("bad files get Notify's problem pages", async ({ page }) => {
  test.setTimeout(120_000);
  const { person, templateUrl } = await serviceWithTemplate(page);
  await page.getByRole("link", { name: "Upload a list of recipients" }).click();
  await expect(page.getByRole("table", { name: "Columns your file needs" })).toContainText("phone number");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("link", { name: "Choose a file to upload" })).toBeVisible();

  await page.getByLabel("Upload your spreadsheet").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("link", { name: /photo\.png is not a spreadsheet that Notify can read/ })).toBeVisible();

  await upload(page, templateUrl, "missing.csv", "phone number,name\n" + person.mobile + ",Ada\n");
  await expect(page.getByRole("heading", { level: 1, name: "Your column names need to match the double parenthesis in your template" })).toBeVisible();
  await expect(page.locator(".usa-alert--error")).toContainText("day");
  await expectNoAxeViolations(page);

  await upload(page, templateUrl, "rows.csv", `phone number,name,day\n${person.mobile},Ada,Monday\n12345,Bob,Tuesday\n${person.mobile},,Friday\n`);
  await expect(page.getByRole("heading", { level: 1, name: "There’s a problem with rows.csv" })).toBeVisible();
  const problems = page.getByRole("table", { name: /rows have problems/ });
  await expect(problems).toContainText("3");
  await expect(problems).toContainText("4");
  await expectNoAxeViolations(page);

  // Trial mode: a recipient outside the team.
  await upload(page, templateUrl, "outsiders.csv", "phone number,name,day\n+12025550177,Eve,Monday\n");
  await expect(page.getByRole("heading", { level: 1, name: "You cannot send to this phone number" })).toBeVisible();
  await expect(page.locator(".usa-alert--error")).toContainText("In trial mode you can only send to yourself and members of your team");
});

test("send a good file and watch it finish; schedule one and cancel it", async ({ page }) => {
  test.setTimeout(150_000);
  const { person, templateUrl } = await serviceWithTemplate(page);
  // The team member plus simulated recipients (always allowed): one delivered, one failing.
  await upload(page, templateUrl, "clinic list.csv", `phone number,name,day\n${person.mobile},Ada,Monday\n+1 202 555 0100,Bob,Tuesday\n+1 202 555 0101,=cmd,Wednesday\n`);
  await expect(page.getByRole("heading", { level: 1, name: "Send 3 messages" })).toBeVisible();
  await expect(page.getByTestId("message-preview")).toContainText("Hi Ada, your clinic visit is on Monday.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send 3 messages" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "clinic list.csv" })).toBeVisible();
  await expect(page.getByTestId("job-counts")).toContainText("2 delivered", { timeout: 30_000 });
  await expect(page.getByTestId("job-counts")).toContainText("1 failed", { timeout: 30_000 });
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Failed" }).click();
  await expect(page.getByRole("table", { name: /Failed messages/ })).toContainText("+1 202 555 0101");
  const download = await page.request.get(`${new URL(page.url()).pathname.replace(/\?.*$/, "")}/report.csv`);
  const report = await download.text();
  expect(report.split("\r\n").filter(Boolean)).toHaveLength(4);
  expect(report).toContain("Phone number does not exist");

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Uploaded spreadsheets" }).click();
  await expect(page.getByRole("table", { name: /Spreadsheets sent/ })).toContainText("clinic list.csv");
  await expectNoAxeViolations(page);

  await upload(page, templateUrl, "later.csv", `phone number,name,day\n${person.mobile},Ada,Monday\n`);
  await page.getByLabel("When should we send them?").selectOption({ index: 3 });
  await page.getByRole("button", { name: "Send 1 message" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("Scheduled");
  await page.getByRole("button", { name: "Cancel sending" }).click();
  await expect(page.getByRole("heading", { name: "Job cancelled" })).toBeVisible();
  await expect(page.getByTestId("job-status")).toHaveText("Cancelled");
});
