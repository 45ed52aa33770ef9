// One-click unsubscribe end to end: an email template with "Add an unsubscribe link", two emails
// sent to yourself, their links read from the local outbox. Opening a link asks to confirm and
// changes nothing; the button unsubscribes; a mail client's RFC 8058 POST unsubscribes the other.
// Forged and unknown links get the same answer, a bad body a 400. Then the dashboard count, the
// report, its CSV and the done checkbox. Axe on every page and state.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { readLatestMessage } from "../fixtures/outbox";
import { addService, chooseCategory, newTemplate } from "../fixtures/portal";

// Our link: the notification id, then the sealed token (lib/security/unsubscribe-link.ts: "v2.<key id>.<iv>.<tag>.<ciphertext>").
const LINK = /https?:\/\/[^\s<>]+?(\/unsubscribe\/[0-9a-f-]{36}\/v2\.[A-Za-z0-9_.-]+)/;

async function sendToMyself(page: Page, serviceId: string, templateId: string) {
  await page.goto(`/services/${serviceId}/templates/${templateId}`);
  await page.getByRole("link", { name: "Use this template" }).click();
  await page.getByRole("button", { name: "Use my email address" }).click();
  await page.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Delivered", { timeout: 30_000 });
}

/** The unsubscribe link in the newest email to `to` (footer and List-Unsubscribe header), waiting for one other than `previous`. */
async function readUnsubscribeLink(page: Page, to: string, previous?: string): Promise<string> {
  let link = "";
  await expect(async () => {
    const text = await readLatestMessage(page, to);
    const all = [...text.matchAll(new RegExp(LINK, "g"))].map((m) => m[1]);
    link = all[0] ?? "";
    expect(link).not.toBe("");
    expect(link).not.toBe(previous);
    // The footer link and the List-Unsubscribe header are the same URL.
    expect(new Set(all).size).toBe(1);
    expect(text).toContain(`List-Unsubscribe: <`);
  }).toPass({ timeout: 30_000 });
  return link;
}

test("unsubscribe through the page and with one click, then download the report", async ({ page, request }) => {
  test.setTimeout(180_000);
  const person = await signInAs(page);
  const { serviceId } = await addService(page, "Newsletters");

  await newTemplate(page, "Email");
  await page.getByLabel("Template name").fill("Monthly news");
  await page.getByLabel("Subject line of the email").fill("News this month");
  await page.getByLabel("Message").fill("Here is what happened this month.");
  await chooseCategory(page, "General information");
  await page.getByRole("checkbox", { name: /Add an unsubscribe link/ }).dispatchEvent("click");
  await expect(page.getByRole("checkbox", { name: /Add an unsubscribe link/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Template saved" })).toBeVisible();
  const templateId = new URL(page.url()).pathname.split("/")[4] ?? "";
  await page.goto(`/services/${serviceId}/templates/${templateId}/edit`);
  await expect(page.getByRole("checkbox", { name: /Add an unsubscribe link/ })).toBeChecked();

  await sendToMyself(page, serviceId, templateId);
  const first = await readUnsubscribeLink(page, person.email);
  await sendToMyself(page, serviceId, templateId);
  const second = await readUnsubscribeLink(page, person.email, first);

  // Opening the link (as a person, a link scanner or a mail preview would) only asks.
  expect((await request.get(first)).status()).toBe(200);
  await page.goto(first);
  await expect(page).toHaveTitle("Unsubscribe from these emails – Notify");
  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe from these emails" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/services/${serviceId}`);
  await expect(page.getByRole("link", { name: /unsubscribe requests? this week/ })).toHaveCount(0);

  // The page's button, with JavaScript off as well as on it is a plain form.
  await page.goto(first);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page).toHaveURL(/\/unsubscribe\/confirmed$/);
  await expect(page).toHaveTitle("You have unsubscribed – Notify");
  await expect(page.getByRole("heading", { level: 1, name: "You have unsubscribed" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A mail client's one-click POST (no cookies, no Origin).
  const oneClick = await request.post(second, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect((await request.post(second, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);

  // Forged, unknown and malformed links: one answer, nothing stored. A bad body is a 400.
  const [, id, token] = /\/unsubscribe\/([^/]+)\/(.+)$/.exec(second)!;
  const forged = `/unsubscribe/${id}/${token!.slice(0, -3)}abc`;
  const unknown = `/unsubscribe/00000000-0000-4000-8000-000000000000/${token}`;
  const answers = await Promise.all([forged, unknown, "/unsubscribe/not-an-id/x"].map(async (url) => {
    const response = await request.post(url, { form: { "List-Unsubscribe": "One-Click" } });
    return `${response.status()} ${await response.text()}`;
  }));
  expect(new Set(answers)).toEqual(new Set(["404 This unsubscribe link is not valid.\n"]));
  const badBody = await request.post(second, { form: { "List-Unsubscribe": "Yes please" } });
  expect(badBody.status()).toBe(400);
  expect(await badBody.text()).toContain("List-Unsubscribe=One-Click");
  await page.goto(forged);
  await expect(page).toHaveTitle("This unsubscribe link is not valid – Notify");
  await expect(page.getByRole("heading", { level: 1, name: "This unsubscribe link is not valid" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Two requests on the dashboard, and the report.
  await page.goto(`/services/${serviceId}`);
  await page.getByRole("link", { name: "2 unsubscribe requests this week" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Email unsubscribe requests" })).toBeVisible();
  await expect(page.getByText(/^2 unsubscribe requests from /)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Make a report of these requests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe request report" })).toBeVisible();
  await expectNoAxeViolations(page);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the report (CSV)" }).click()]);
  expect(file.suggestedFilename()).toMatch(/^unsubscribe-requests-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await file.path())!, "utf8")).trim().split("\r\n");
  expect(lines[0]).toBe("Email address,Template name,Spreadsheet file name,Email sent at (UTC),Unsubscribe requested at (UTC)");
  expect(lines.slice(1)).toHaveLength(2);
  for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^${person.email.replace(/[.+]/g, "\\$&")},Monthly news,,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));

  await page.getByRole("checkbox", { name: "I have taken these addresses off our list" }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Report marked as done" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Done");
  await expect(page.getByText("There are no new unsubscribe requests.")).toBeVisible();
  await expectNoAxeViolations(page);
});
