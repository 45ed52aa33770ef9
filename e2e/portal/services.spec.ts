// Adding a service, and the rule that nobody can open a service they don't belong to – tested by
// URL, not by what the menus show.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";

test("add a service, then another user cannot open it by its address", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await signInAs(page);
  await page.getByRole("link", { name: "Add a new service" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Add service" }).click();
  await expect(page.getByRole("link", { name: "Enter a service name" })).toBeVisible();

  const name = `Permits Office ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Service name").fill(name);
  await page.getByRole("button", { name: "Add service" }).click();
  await expect(page.getByRole("heading", { name: "Your service has been added" })).toBeVisible();
  await expect(page.getByText("Your service is in trial mode")).toBeVisible();
  await expectNoAxeViolations(page);
  const serviceUrl = new URL(page.url()).pathname;

  await page.goto("/add-service");
  await page.getByLabel("Service name").fill(name.toLowerCase());
  await page.getByRole("button", { name: "Add service" }).click();
  await expect(page.getByRole("link", { name: "This service name is already in use" })).toBeVisible();

  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signInAs(otherPage);
  await expect(otherPage.getByRole("link", { name })).toHaveCount(0);
  const response = await otherPage.goto(serviceUrl);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await other.close();
});
