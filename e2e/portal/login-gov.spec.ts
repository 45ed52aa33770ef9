// Signing in with Login.gov, against a local OpenID Connect provider standing in for it (started by
// `npm test` with the app's registered key): no Notify password or code, the account found by the
// verified email address, an invited person's account created on the way, and refusals explained.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signInAs, signOut, signUp } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { readLatestLink } from "../fixtures/outbox";
import { addService } from "../fixtures/portal";

/** From Notify's sign-in page through the stand-in's login and consent screens, back to Notify. */
async function signInWithLoginGov(page: Page, loginGovAccount: string) {
  await page.getByRole("button", { name: "Sign in with Login.gov" }).click();
  await page.getByPlaceholder("Enter any login").fill(loginGovAccount);
  await page.getByPlaceholder("and password").fill("any password: the stand-in does not check it");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("someone with an account signs in with Login.gov, skipping Notify's password and code", async ({ page }) => {
  test.setTimeout(90_000);
  const person = newPerson();
  await signUp(page, person);
  await signOut(page);

  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await signInWithLoginGov(page, person.email.toUpperCase());
  await expect(page.getByRole("heading", { level: 1, name: "Your services" })).toBeVisible();

  const audit = await withDatabase((db) =>
    db.query<{ data: { method?: string } }>(`SELECT a.data FROM audit_events a JOIN users u ON u.id = a.user_id WHERE u.email_address = $1 AND a.event_type = 'sign-in' ORDER BY a.created_at DESC LIMIT 1`, [person.email]),
  );
  expect(audit.rows[0]?.data.method).toBe("login.gov");
});

test("an invited person with no account creates one after Login.gov and joins the team", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(page);
  const { serviceId, serviceName } = await addService(page, "Benefits");
  await page.goto(`/services/${serviceId}/team/invite`);
  const colleague = newPerson();
  await page.getByLabel("Email address").fill(colleague.email);
  await page.getByRole("checkbox", { name: "Send messages" }).dispatchEvent("click");
  await page.getByRole("button", { name: "Send invitation email" }).click();
  await expect(page.getByRole("heading", { name: "Invitation sent" })).toBeVisible();

  const context = await browser.newContext({ baseURL });
  const colleaguePage = await context.newPage();
  await colleaguePage.goto(await readLatestLink(colleaguePage, colleague.email, "/invitation"));
  await colleaguePage.getByRole("main").getByRole("link", { name: "sign in" }).click();
  await signInWithLoginGov(colleaguePage, colleague.email);

  await expect(colleaguePage.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  await expect(colleaguePage.getByText(colleague.email)).toBeVisible();
  await expectNoAxeViolations(colleaguePage);
  await colleaguePage.getByRole("button", { name: "Create account" }).click();
  await expect(colleaguePage.getByRole("link", { name: "Enter your full name" })).toBeVisible();
  await expectNoAxeViolations(colleaguePage);
  await colleaguePage.getByLabel("Full name").fill(colleague.name);
  await colleaguePage.getByRole("button", { name: "Create account" }).click();
  await expect(colleaguePage).toHaveURL(new RegExp(`/services/${serviceId}`));
  await expect(colleaguePage.getByText(serviceName).first()).toBeVisible();

  const account = await withDatabase((db) =>
    db.query<{ state: string; mobile_number: string | null; permissions: string[]; status: string }>(
      `SELECT u.state, u.mobile_number, su.permissions::text[] AS permissions, i.status FROM users u
         JOIN user_to_service su ON su.user_id = u.id AND su.service_id = $2
         JOIN invited_users i ON i.email_address = u.email_address AND i.service_id = $2
        WHERE u.email_address = $1`,
      [colleague.email, serviceId],
    ),
  );
  expect(account.rows).toEqual([{ state: "active", mobile_number: null, permissions: expect.arrayContaining(["send_texts", "send_emails"]) as unknown, status: "accepted" }]);
  await context.close();
});

test("Login.gov sign-ins without a Notify account or a verified email are refused and explained", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/sign-in");
  await signInWithLoginGov(page, `nobody-${randomUUID().slice(0, 8)}@agency.gov`);
  await expect(page.getByRole("heading", { name: "You have not been signed in" })).toBeVisible();
  await expect(page.getByText("There is no Notify account for the email address you use with Login.gov.")).toBeVisible();
  await expectNoAxeViolations(page);

  const person = newPerson();
  await signUp(page, person);
  await signOut(page);
  // A new Login.gov session (the stand-in remembers the last one, as Login.gov does).
  await page.context().clearCookies();
  await signInWithLoginGov(page, `unverified.${person.email}`);
  await expect(page.getByText("Login.gov did not confirm your email address.")).toBeVisible();
  await page.goto("/services");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});
