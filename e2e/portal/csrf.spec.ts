// A form posted to Notify from another site (a forged, cross-site request) is refused and changes
// nothing: it gets a 403 page saying so (Next.js server actions only accept posts whose Origin is
// Notify's own; the proxy answers first, so it's not a 500).
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";

test("a cross-site post of the create-account form creates nothing", async ({ page, baseURL }) => {
  await page.goto("/register");
  const hidden = await page.locator("form input[type=hidden]").evaluateAll((inputs) =>
    inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as const),
  );
  const email = `forged-${randomUUID().slice(0, 8)}@agency.gov`;
  const fields: (readonly [string, string])[] = [...hidden, ["name", "Forged"], ["emailAddress", email], ["mobileNumber", "2025550111"], ["password", "correct horse battery staple"]];
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  // A page that isn't Notify's (about:blank has an opaque origin, so the browser sends Origin: null),
  // standing in for an attacker's site that auto-submits a form to Notify.
  await page.goto("about:blank");
  const forged = `<form id="forged" method="post" enctype="multipart/form-data" action="${baseURL}/register">${fields
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join("")}</form>`;
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: "commit" }),
    page.evaluate((html) => {
      document.body.insertAdjacentHTML("beforeend", html);
      (document.getElementById("forged") as HTMLFormElement).submit();
    }, forged),
  ]);
  expect(response?.url()).not.toContain("/register/check-email");
  expect(response?.status()).toBe(403);
  await expect(page).toHaveTitle("Form sent from another site – Notify");
  await expect(page.getByRole("heading", { level: 1, name: "Form sent from another site" })).toBeVisible();
  await expectNoAxeViolations(page);
  const count = await withDatabase(async (client) => (await client.query("SELECT count(*)::int AS n FROM users WHERE email_address = $1", [email])).rows[0].n as number);
  expect(count).toBe(0);

  // Control: the very same fields posted from Notify's own page are accepted.
  await page.goto("/register");
  await page.evaluate((html) => {
    document.body.insertAdjacentHTML("beforeend", html);
    (document.getElementById("same-site") as HTMLFormElement).submit();
  }, `<form id="same-site" method="post" enctype="multipart/form-data" action="/register">${fields
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join("")}</form>`);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  // The worker creates the account moments after the answer (the same work for every address).
  await expect.poll(() => withDatabase(async (client) => (await client.query("SELECT count(*)::int AS n FROM users WHERE email_address = $1", [email])).rows[0].n as number), { timeout: 20_000 }).toBe(1);
});
