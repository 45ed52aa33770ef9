// "Your account" in the browser: change name, switch security codes to email, and change the
// mobile number with a code texted to the new number. Every page passes axe.
import { expect, test } from "@playwright/test";
import { enterPassword, PASSWORD, signInAs, signOut } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { readLatestCode } from "../fixtures/outbox";

test("your account needs you to be signed in", async ({ page }) => {
  await page.goto("/your-account");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("change your name, how you get codes, and your mobile number", async ({ page }) => {
  test.setTimeout(90_000);
  const person = await signInAs(page);
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Change name" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Full name").fill("Pat Renamed");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Your name has been changed" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Name Pat Renamed/ })).toBeVisible();

  await page.getByRole("link", { name: "Change mobile number" }).click();
  await expectNoAxeViolations(page);
  const newMobile = `+1202555${String(1000 + Math.floor(Math.random() * 8999))}`;
  await page.getByLabel("New mobile number").fill(newMobile);
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your new phone" })).toBeVisible();
  await expectNoAxeViolations(page);
  const code = await readLatestCode(page, newMobile);
  await page.goto("/your-account/mobile-number/verify");
  await page.getByLabel("Security code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Your mobile number has been changed" })).toBeVisible();

  await page.getByRole("link", { name: "Change security codes" }).click();
  await expect(page).toHaveTitle(/Change how you get security codes/);
  await expectNoAxeViolations(page);
  // USWDS draws its own radio and moves the native input off-screen; click it as the label would.
  await page.getByRole("radio", { name: /^Email/ }).dispatchEvent("click");
  await expect(page.getByRole("radio", { name: /^Email/ })).toBeChecked();
  await page.getByLabel("Your password").fill("not my password");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "The password you entered is incorrect" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "How you get security codes has been changed" })).toBeVisible();

  await page.goto("/services");
  await signOut(page);
  await enterPassword(page, person.email, PASSWORD, "code");
  const emailedCode = await readLatestCode(page, person.email);
  await page.goto("/sign-in/code");
  await page.getByLabel("Security code").fill(emailedCode);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your services" })).toBeVisible();
});
