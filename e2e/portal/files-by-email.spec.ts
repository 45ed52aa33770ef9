// Send a file by email, end to end in the browser: a manager sets the download page's contact
// details on the settings page; a file sent through the API arrives as a link in the local outbox;
// the link asks for the recipient's email address (a wrong one gets the same page as an unknown
// link), then gives the file with safe headers; a file sent without confirmation downloads at once.
// axe checks every page and state.
import { expect, test, type Page } from "@playwright/test";
import { NotifyClient } from "notifications-node-client";
import { signInAs } from "../fixtures/accounts";
import { addServiceMember, createApiService } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";
import { addFileTemplate, downloadPathIn } from "../fixtures/files";
import { readLatestMessage } from "../fixtures/outbox";

const PDF = "%PDF-1.5 testpdf";

async function expectNotAvailable(page: Page) {
  await expect(page).toHaveURL(/\/d\/not-available$/);
  await expect(page.getByRole("heading", { level: 1, name: "This file is not available" })).toBeVisible();
  await expect(page).toHaveTitle(/^This file is not available/);
}

test("set up sending files, then download one after confirming the email address", async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const service = await createApiService();
  const person = await signInAs(page);
  await addServiceMember(service.serviceId, person.email);
  const templateId = await addFileTemplate(service.serviceId);
  const client = new NotifyClient(baseURL ?? "", service.keys.normal);

  // The settings overview says it isn't set up; the page refuses a contact that is none of the three.
  await page.goto(`/services/${service.serviceId}/service-settings`);
  await expect(page.getByRole("row", { name: /Send files by email Not set up/ })).toBeVisible();
  await page.goto(`/services/${service.serviceId}/service-settings/send-files-by-email`);
  await expect(page.getByRole("heading", { level: 1, name: "Send files by email" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Contact details").fill("call us");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").getByText("There is a problem")).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter a phone number in the correct format, like 202-555-0123" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Contact details").fill("https://www.agency.gov/contact");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your contact details for sending files by email have been changed")).toBeVisible();
  await expect(page.getByRole("row", { name: /Send files by email https:\/\/www\.agency\.gov\/contact/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // A file that needs confirmation.
  const recipient = `file-${Date.now()}@example.com`;
  const sent = await client.sendEmail(templateId, recipient, { personalisation: { document: client.prepareUpload(Buffer.from(PDF), { filename: "Your letter ü.pdf" }) } });
  expect(sent.status).toBe(201);
  const path = downloadPathIn(await readLatestMessage(page, recipient));
  expect(sent.data.content.body).toContain(path);

  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
  await expect(page).toHaveTitle(/^Confirm your email address/);
  await expect(page.getByRole("link", { name: "https://www.agency.gov/contact" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A wrong address gets exactly what an unknown link gets.
  await page.getByLabel("Email address").fill("someone.else@example.com");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectNotAvailable(page);
  const wrongAddressPage = await page.locator("main").innerText();
  await expectNoAxeViolations(page);
  await page.goto(`${path.replace(/key=.*/, "key=")}${"A".repeat(43)}`);
  await expectNotAvailable(page);
  expect(await page.locator("main").innerText()).toBe(wrongAddressPage);
  await page.goto(`/d/${service.serviceId}/00000000-0000-4000-8000-000000000000?key=${"B".repeat(43)}`);
  await expectNotAvailable(page);
  expect(await page.locator("main").innerText()).toBe(wrongAddressPage);

  // The right address gives the file.
  await page.goto(path);
  await page.getByLabel("Email address").fill(recipient.toUpperCase());
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Continue" }).click()]);
  expect(download.suggestedFilename()).toBe("Your letter ü.pdf");
  const bytes = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  });
  expect(bytes).toBe(PDF);

  // The same request outside the browser, to see the headers.
  const [, serviceId, documentId] = /\/d\/([^/]+)\/([^?]+)/.exec(path) ?? [];
  const key = new URL(path, baseURL).searchParams.get("key") ?? "";
  const response = await page.request.post(`/d/${serviceId}/${documentId}/download`, { form: { key, emailAddress: recipient }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="Your letter _.pdf"; filename*=UTF-8''Your%20letter%20%C3%BC.pdf`);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect((await response.body()).toString()).toBe(PDF);
  const wrong = await page.request.post(`/d/${serviceId}/${documentId}/download`, { form: { key, emailAddress: "nope@example.com" }, maxRedirects: 0 });
  expect(wrong.status()).toBe(303);
  expect(wrong.headers()["location"]).toMatch(/\/d\/not-available$/);
});

test("a file sent without confirmation downloads directly", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const service = await createApiService();
  await signInAs(page);
  const templateId = await addFileTemplate(service.serviceId);
  const { setFilesContact } = await import("../fixtures/files");
  await setFilesContact(service.serviceId, "help@agency.gov");
  const client = new NotifyClient(baseURL ?? "", service.keys.normal);
  const recipient = `csv-${Date.now()}@example.com`;
  await client.sendEmail(templateId, recipient, { personalisation: { document: client.prepareUpload(Buffer.from("a,b"), { filename: "report.csv", confirmEmailBeforeDownload: false }) } });
  const path = downloadPathIn(await readLatestMessage(page, recipient));

  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Download your file" })).toBeVisible();
  await expect(page).toHaveTitle(/^Download your file/);
  await expect(page.getByRole("link", { name: "help@agency.gov" })).toHaveAttribute("href", "mailto:help@agency.gov");
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download this file" }).click()]);
  expect(download.suggestedFilename()).toBe("report.csv");
  const [, serviceId, documentId] = /\/d\/([^/]+)\/([^?]+)/.exec(path) ?? [];
  const key = new URL(path, baseURL).searchParams.get("key") ?? "";
  const response = await page.request.get(`/d/${serviceId}/${documentId}/download?key=${key}`);
  expect(response.headers()["content-type"]).toBe("text/csv");
  expect((await response.body()).toString()).toBe("a,b");
});
