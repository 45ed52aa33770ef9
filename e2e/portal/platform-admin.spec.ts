// Platform admin in the browser: only platform admins see it (404 for everyone else); the list of
// services with go-live requests and volumes; rejecting and approving going live; daily limits;
// suspending a service; finding a user and suspending them (signed out, can't sign in) and back.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { enterPassword, PASSWORD, signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";

async function addService(page: Page) {
  await page.getByRole("link", { name: "Add a new service" }).click();
  const name = `Transit ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Service name").fill(name);
  await page.getByRole("button", { name: "Add service" }).click();
  await expect(page.getByRole("heading", { name: "Your service has been added" })).toBeVisible();
  return { name, serviceId: new URL(page.url()).pathname.split("/")[2] as string };
}

async function makePlatformAdmin(email: string) {
  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [email]));
}

async function requestGoLive(serviceId: string) {
  await withDatabase((client) => client.query(`UPDATE services SET go_live_requested_at = now(), go_live_requested_by_id = created_by_id WHERE id = $1`, [serviceId]));
}

async function serviceRow(serviceId: string) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ restricted: boolean; active: boolean; sms_message_limit: number; email_message_limit: number; go_live_requested_at: Date | null }>(
      `SELECT restricted, active, sms_message_limit, email_message_limit, go_live_requested_at FROM services WHERE id = $1`,
      [serviceId],
    );
    return rows[0];
  });
}

test("platform admin: go live, limits, suspend a service, suspend and reactivate a user", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const owner = await signInAs(page);
  const { name, serviceId } = await addService(page);

  // Not a platform admin: the pages don't exist.
  for (const path of ["/platform-admin", `/platform-admin/services/${serviceId}`, "/platform-admin/users?email=a"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }

  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  const adminPerson = await signInAs(admin);
  await makePlatformAdmin(adminPerson.email);
  await requestGoLive(serviceId);

  await admin.goto("/platform-admin");
  await expect(admin.getByRole("heading", { level: 1, name: "Platform admin" })).toBeVisible();
  await expectNoAxeViolations(admin);
  const row = admin.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Trial");
  await expect(row).toContainText("Requested");
  await row.getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(admin.getByText(`${owner.name} (${owner.email}) asked for this service to go live`)).toBeVisible();
  await expectNoAxeViolations(admin);

  // Reject, with a reason.
  await admin.getByLabel("Reason for rejecting").fill("Add a template with real content first");
  await admin.getByRole("button", { name: "Reject request" }).click();
  await expect(admin.getByRole("heading", { name: "The request to go live has been rejected" })).toBeVisible();
  await expect(admin.getByText("This service has not asked to go live.")).toBeVisible();
  expect((await serviceRow(serviceId))?.go_live_requested_at).toBeNull();
  await page.goto(`/services/${serviceId}/service-settings`);
  await expect(page.getByText("Your service is in trial mode")).toBeVisible();

  // Approve a new request.
  await requestGoLive(serviceId);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your request to go live is being reviewed" })).toBeVisible();
  await admin.reload();
  await admin.getByRole("button", { name: "Make this service live" }).click();
  await expect(admin.getByRole("heading", { name: "The service is now live" })).toBeVisible();
  await expectNoAxeViolations(admin);
  expect(await serviceRow(serviceId)).toMatchObject({ restricted: false, sms_message_limit: 250000, email_message_limit: 250000, go_live_requested_at: null });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your service is live" })).toBeVisible();
  // A platform admin sees links from a service's settings to the platform-admin pages.
  await admin.goto(`/services/${serviceId}/service-settings`);
  await expectNoAxeViolations(admin);
  await admin.getByRole("link", { name: "Change daily limits, go live or suspend (platform admin)" }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("table", { name: "Daily limits" })).toContainText("250,000");

  // Daily limits.
  await admin.getByLabel(/^Text messages per day/).fill("");
  await admin.getByRole("button", { name: "Save daily limits" }).click();
  await expect(admin.getByRole("link", { name: "Enter the daily limit for text messages" })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByLabel(/^Text messages per day/).fill("1,000");
  await admin.getByRole("button", { name: "Save daily limits" }).click();
  await expect(admin.getByRole("heading", { name: "Daily limits saved" })).toBeVisible();
  expect((await serviceRow(serviceId))?.sms_message_limit).toBe(1000);

  // Suspend and resume the service.
  await admin.getByRole("button", { name: "Suspend service" }).click();
  await expect(admin.getByRole("heading", { name: "The service has been suspended" })).toBeVisible();
  expect((await serviceRow(serviceId))?.active).toBe(false);
  await page.reload();
  await expect(page.getByRole("heading", { name: "This service is suspended" })).toBeVisible();
  await admin.getByRole("button", { name: "Resume service" }).click();
  await expect(admin.getByRole("heading", { name: "The service has been resumed" })).toBeVisible();
  expect((await serviceRow(serviceId))?.active).toBe(true);

  // Find the owner and suspend them: signed out at once, and refused like a wrong password.
  await admin.getByRole("link", { name: "Find a user" }).click();
  await expectNoAxeViolations(admin);
  await admin.getByLabel("Email address").fill(owner.email.toUpperCase());
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin.getByRole("table", { name: /Users matching/ })).toContainText(owner.name);
  await expectNoAxeViolations(admin);
  await admin.getByRole("link", { name: owner.email }).click();
  await expect(admin.getByRole("heading", { level: 1, name: owner.name })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole("button", { name: "Suspend user" }).click();
  await expect(admin.getByRole("heading", { name: "The user has been suspended and signed out" })).toBeVisible();
  await expect(admin.getByText("State: Suspended")).toBeVisible();

  await page.goto("/services");
  await expect(page).toHaveURL(/\/sign-in/);
  await enterPassword(page, owner.email, PASSWORD, "refused");

  await admin.getByRole("button", { name: "Reactivate user" }).click();
  await expect(admin.getByRole("heading", { name: "The user has been reactivated" })).toBeVisible();
  await enterPassword(page, owner.email, PASSWORD, "code");
  await adminContext.close();
});
