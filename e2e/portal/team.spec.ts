// Inviting a colleague: the invitation email, accepting it as the invited person, and permissions
// enforced on pages opened by URL.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newPerson, PASSWORD, signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { readLatestCode, readLatestLink } from "../fixtures/outbox";
import { chooseCategory } from "../fixtures/portal";

test("invite a colleague, who accepts and can only do what they were given", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(page);
  await page.getByRole("link", { name: "Add a new service" }).click();
  const serviceName = `Housing ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Service name").fill(serviceName);
  await page.getByRole("button", { name: "Add service" }).click();
  const serviceId = new URL(page.url()).pathname.split("/")[2];

  await page.getByRole("link", { name: "Team members" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Invite a team member" }).click();
  await expectNoAxeViolations(page);
  const colleague = newPerson();
  await page.getByLabel("Email address").fill(colleague.email);
  await page.getByRole("checkbox", { name: "See dashboard" }).dispatchEvent("click");
  await page.getByRole("button", { name: "Send invitation email" }).click();
  await expect(page.getByRole("heading", { name: "Invitation sent" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Invitations waiting to be accepted" })).toContainText(colleague.email);
  await expectNoAxeViolations(page);

  const other = await browser.newContext({ baseURL });
  const colleaguePage = await other.newPage();
  const invitation = await readLatestLink(colleaguePage, colleague.email, "/invitation");
  // Opened while signed out: create an account from the invitation and come back to it.
  await colleaguePage.goto(invitation);
  await expectNoAxeViolations(colleaguePage);
  await colleaguePage.getByRole("link", { name: "create an account" }).click();
  await expect(colleaguePage.getByLabel("Email address")).toHaveValue(colleague.email);
  await colleaguePage.getByLabel("Full name").fill(colleague.name);
  await colleaguePage.getByLabel("Mobile number").fill(colleague.mobile);
  await colleaguePage.getByLabel("Password").fill(PASSWORD);
  await colleaguePage.getByRole("button", { name: "Create an account" }).click();
  await expect(colleaguePage.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await colleaguePage.goto(await readLatestLink(colleaguePage, colleague.email, "/verify-email"));
  await colleaguePage.getByRole("button", { name: "Confirm email address" }).click();
  await expect(colleaguePage.getByRole("heading", { level: 1, name: "Check your phone" })).toBeVisible();
  const code = await readLatestCode(colleaguePage, colleague.mobile);
  await colleaguePage.goBack();
  await colleaguePage.getByLabel("Security code").fill(code);
  await colleaguePage.getByRole("button", { name: "Continue" }).click();
  await expect(colleaguePage.getByRole("heading", { level: 1, name: "Your invitation" })).toBeVisible();
  await colleaguePage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(colleaguePage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(colleaguePage.getByText(serviceName)).toBeVisible();

  // Without "Manage settings, team and usage" the invite page doesn't exist for them.
  const response = await colleaguePage.goto(`/services/${serviceId}/team/invite`);
  expect(response?.status()).toBe(404);
  await colleaguePage.goto(`/services/${serviceId}/team`);
  await expect(colleaguePage.getByRole("link", { name: "Invite a team member" })).toHaveCount(0);
  await other.close();

  await page.reload();
  await expect(page.getByRole("table", { name: "People who can use this service" })).toContainText(colleague.email);

  // Give them more permissions, then take them off the team.
  await page.getByRole("link", { name: `Change permissions for ${colleague.name}` }).click();
  await expectNoAxeViolations(page);
  await expect(page.getByRole("checkbox", { name: "See dashboard" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Add and edit templates" }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Permissions updated" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: colleague.email })).toContainText("See dashboard, Add and edit templates");
  await page.getByRole("link", { name: `Change permissions for ${colleague.name}` }).click();
  await page.getByRole("link", { name: "Remove this team member" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByRole("heading", { name: "Team member removed" })).toBeVisible();
  await expect(page.getByRole("table", { name: "People who can use this service" })).not.toContainText(colleague.email);
  // Your own row can't be edited.
  await expect(page.getByRole("row").filter({ hasText: "You" }).getByRole("link")).toHaveCount(0);
});

test("a form submitted after its permission was taken away is refused on the server", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page);
  await page.getByRole("link", { name: "Add a new service" }).click();
  await page.getByLabel("Service name").fill(`Libraries ${randomUUID().slice(0, 6)}`);
  await page.getByRole("button", { name: "Add service" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const serviceId = new URL(page.url()).pathname.split("/")[2] ?? "";
  await page.goto(`/services/${serviceId}/templates/new/sms`);
  await page.getByLabel("Template name").fill("Late return");
  await page.getByLabel("Message").fill("Your book is late");
  await chooseCategory(page);
  // While the form is open, their "Add and edit templates" permission is removed.
  await withDatabase((client) =>
    client.query(`UPDATE user_to_service SET permissions = ARRAY['view_activity','send_texts','send_emails']::permission_type[] WHERE service_id = $1`, [serviceId]),
  );
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("You do not have permission to do this.")).toBeVisible();
  await expect(page.getByLabel("Message")).toHaveValue("Your book is late");
  const count = await withDatabase(async (client) => (await client.query(`SELECT count(*)::int AS n FROM templates WHERE service_id = $1`, [serviceId])).rows[0].n as number);
  expect(count).toBe(0);
  // And the pages themselves are now not found for them.
  expect((await page.goto(`/services/${serviceId}/templates/new`))?.status()).toBe(404);
  expect((await page.goto(`/services/${serviceId}/team/invite`))?.status()).toBe(404);
  expect((await page.goto(`/services/${serviceId}/templates`))?.status()).toBe(200);
});
