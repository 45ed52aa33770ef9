import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";

test("the landing page has the government page frame and passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("An official website of the United States government")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page).toHaveTitle(/Notify/);
  await expectNoAxeViolations(page);
});

test("the skip link is the first thing a keyboard user reaches and moves to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
});

test("an unknown address shows the page-not-found page, which passes axe", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("pages run their scripts under the strict CSP (no violations, every script has the nonce)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  for (const path of ["/", "/register", "/sign-in", "/accessibility"]) {
    const response = await page.goto(path);
    const nonce = response?.headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    // Every script the server sends carries the nonce; chunks the runtime loads later are trusted
    // through 'strict-dynamic' (and any violation would be in `violations`).
    const html = (await response?.text()) ?? "";
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  }
  expect(violations).toEqual([]);
});
