// Email branding in the browser: a platform admin uploads a logo (a file that isn't an image is
// refused with a clear error and nothing is stored), adds a branding; the service's manager picks
// it; the email template preview shows the logo; an email sent to yourself arrives in the local
// outbox with the branded HTML. axe on every page and state.
//
// The screenshot is of the logo element only, against a baseline that is the logo's own pixels at
// its display size (a solid block built by testing/images.ts, clipped inside the 180 × 60 logo), with a generous threshold:
// a whole-page screenshot would differ across machines with fonts and anti-aliasing.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { makePng } from "../../testing/images";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { addService, chooseCategory, newTemplate } from "../fixtures/portal";

const LOGO_COLOUR: [number, number, number] = [0x1d, 0x70, 0xb8];

async function makePlatformAdmin(email: string) {
  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [email]));
}

async function logoRowCount(): Promise<number> {
  return withDatabase(async (client) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM email_logos`)).rows[0]?.n ?? 0));
}

async function expectLoadedImage(page: Page, locator: ReturnType<Page["locator"]>) {
  await expect(locator).toBeVisible();
  await expect.poll(() => locator.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

test("a platform admin adds a branding, a service picks it, and its emails show the logo", async ({ page, browser, baseURL }) => {
  test.setTimeout(360_000);
  const suffix = randomUUID().slice(0, 6);
  const brandingName = `Department of Examples ${suffix}`;

  // The platform admin.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  const adminPerson = await signInAs(admin);
  await makePlatformAdmin(adminPerson.email);
  await admin.goto("/platform-admin");
  await admin.getByRole("navigation", { name: "Platform admin" }).getByRole("link", { name: "Email branding" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Email branding" })).toBeVisible();
  await expectNoAxeViolations(admin);

  // Not an image: a clear error, and nothing stored.
  await admin.getByRole("link", { name: "Upload a logo" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Upload a logo" })).toBeVisible();
  await expectNoAxeViolations(admin);
  const before = await logoRowCount();
  await admin.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("This is a text file pretending to be a PNG") });
  await admin.getByRole("button", { name: "Upload logo" }).click();
  const summary = admin.getByRole("alert").filter({ has: admin.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary.getByRole("link")).toHaveText(["The logo must be a PNG or JPEG image"]);
  await expect(admin).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(admin);
  expect(await logoRowCount()).toBe(before);

  // A real PNG.
  const fileName = `agency-${suffix}.png`;
  await admin.getByLabel("Logo").setInputFiles({ name: fileName, mimeType: "image/png", buffer: makePng(240, 80, LOGO_COLOUR) });
  await admin.getByRole("button", { name: "Upload logo" }).click();
  await expect(admin.getByRole("heading", { name: "Logo uploaded" })).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(fileName) })).toContainText("240 × 80 pixels");
  await expectNoAxeViolations(admin);

  // A branding: a bad colour first.
  await admin.getByRole("link", { name: "Add a branding" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Add a branding" })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByLabel("Name").fill(brandingName);
  await admin.getByRole("radio", { name: new RegExp(fileName) }).dispatchEvent("click");
  await admin.getByLabel("Alt text").fill("Department of Examples");
  await admin.getByLabel("Banner colour").fill("blue");
  await admin.getByLabel("Banner text").fill("Benefits & help");
  await admin.getByRole("button", { name: "Save branding" }).click();
  await expect(admin.getByRole("link", { name: "Enter the banner colour as a hex code, like #1d70b8" })).toBeVisible();
  await expect(admin.getByLabel("Name")).toHaveValue(brandingName);
  await expectNoAxeViolations(admin);
  await admin.getByLabel("Banner colour").fill("#005EA2");
  await admin.getByRole("button", { name: "Save branding" }).click();
  await expect(admin.getByRole("heading", { name: "Email branding added" })).toBeVisible();
  const brandingRow = admin.getByRole("row", { name: new RegExp(brandingName) });
  await expect(brandingRow).toContainText("#005ea2");
  await expectLoadedImage(admin, brandingRow.getByRole("img", { name: "Department of Examples" }));
  await expectNoAxeViolations(admin);
  await adminContext.close();

  // The service's manager picks it.
  const person = await signInAs(page);
  const { serviceId } = await addService(page);
  await page.goto(`/services/${serviceId}/service-settings`);
  await expect(page.getByRole("row", { name: /Email branding/ })).toContainText("None");
  await page.getByRole("link", { name: "Change email branding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Email branding" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole("radio", { name: /No branding/ })).toBeChecked();
  await page.getByRole("radio", { name: new RegExp(brandingName) }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Your email branding has been changed" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Email branding/ })).toContainText(brandingName);
  await expectNoAxeViolations(page);
  const audited = await withDatabase(async (client) => (await client.query(`SELECT 1 FROM audit_events WHERE service_id = $1 AND event_type = 'service-email-branding-changed'`, [serviceId])).rowCount);
  expect(audited).toBe(1);

  // The template preview shows the logo.
  await newTemplate(page, "Email");
  await page.getByLabel("Template name").fill("Branded welcome");
  await page.getByLabel("Subject line of the email").fill("Welcome ((name))");
  await page.getByLabel("Message").fill("# Welcome ((name))\n\nThanks for signing up.");
  await chooseCategory(page);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Template saved" })).toBeVisible();
  const preview = page.getByTestId("message-preview");
  const logo = preview.getByRole("img", { name: "Department of Examples" });
  await expectLoadedImage(page, logo);
  await expect(logo).toHaveAttribute("width", "180");
  await expect(logo).toHaveAttribute("height", "60");
  await expect(preview).toContainText("Benefits & help");
  // The logo's inner pixels at whole-pixel coordinates (an element screenshot can be a pixel taller
  // when the layout puts the image at a fractional offset).
  const box = await logo.boundingBox();
  if (!box) throw new Error("the logo has no box");
  const shot = await page.screenshot({ clip: { x: Math.ceil(box.x) + 5, y: Math.ceil(box.y) + 5, width: 170, height: 50 } });
  expect(shot).toMatchSnapshot("email-branding-logo.png", { maxDiffPixelRatio: 0.05, threshold: 0.3 });
  await expectNoAxeViolations(page);

  // Sent to yourself: the local outbox has the branded HTML.
  await page.getByRole("link", { name: "Use this template" }).click();
  await page.getByRole("button", { name: "Use my email address" }).click();
  await page.getByLabel(/^name\b/).fill("Grace");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByTestId("notification-status")).toHaveText("Status: Delivered", { timeout: 30_000 });

  await page.goto("/outbox");
  const row = page.getByRole("row").filter({ hasText: person.email }).filter({ hasText: "Welcome Grace" }).first();
  await row.getByRole("link", { name: /View the HTML email/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Email in the local outbox" })).toBeVisible();
  const frame = page.frameLocator("iframe.outbox-email-frame");
  const sentLogo = frame.getByRole("img", { name: "Department of Examples" });
  await expect(sentLogo).toBeVisible();
  await expect.poll(() => sentLogo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(sentLogo).toHaveAttribute("src", /^https?:\/\/[^/]+\/email-logos\/[0-9a-f]{64}\.png$/);
  await expect(frame.getByText("Benefits & help")).toBeVisible();
  await expect(frame.getByRole("heading", { name: "Welcome Grace" })).toBeVisible();
  // The email inside the sandboxed frame (scripts off) can't run axe; its own accessibility basics
  // are checked above (alt text, heading) and in lib/domain/templates/email-layout.test.ts (lang, title).
  await expectNoAxeViolations(page, { exclude: ["iframe.outbox-email-frame"] });

  // The logo's own answer: the image type, nosniff, cached for a year.
  const response = await page.request.get((await sentLogo.getAttribute("src")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
});
