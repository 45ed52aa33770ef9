// The reputation monitor in the browser: a service whose emails bounce past SES's thresholds gets
// the dashboard's warning once the worker's monitor has run; platform admins see it on the
// sending reputation page, worst first, with the platform's rates, and suspend it there. Axe.
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { addEmailTemplate, addService } from "../fixtures/portal";

test("a bouncing service is warned on its dashboard and suspended from the reputation page", async ({ page }) => {
  test.setTimeout(120_000);
  const person = await signInAs(page);
  const { serviceId, serviceName } = await addService(page, "Permits");
  const templateId = await addEmailTemplate(page, "Permit renewal", "Renew your permit", "Your permit expires soon.");
  expect((await page.request.get("/platform-admin/reputation")).status()).toBe(404);

  // 100 emails in the last hour, 12 of them hard bounces: past the 10 % pause threshold.
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO notifications (id, service_id, notification_type, template_id, template_version, "to", normalised_to, notification_status, created_at)
       SELECT gen_random_uuid(), $1, 'email', $2, 1, 'person' || n || '@example.gov', 'person' || n || '@example.gov',
              CASE WHEN n <= 12 THEN 'permanent-failure'::notification_status ELSE 'delivered'::notification_status END, now() AT TIME ZONE 'UTC'
         FROM generate_series(1, 100) n`,
      [serviceId, templateId],
    );
    await client.query(`SELECT graphile_worker.add_job('monitor-reputation', '{}'::json)`);
  });
  await expect
    .poll(() => withDatabase(async (client) => (await client.query<{ state: string }>(`SELECT state FROM service_reputation WHERE service_id = $1`, [serviceId])).rows[0]?.state), { timeout: 30_000 })
    .toBe("critical");

  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Dashboard" }).click();
  const banner = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Your emails are bouncing or being reported as spam at a level that could stop sending" }) });
  await expect(banner).toContainText("In the last 7 days your service sent 100 emails: 12.0% bounced");
  await expect(banner.getByRole("link", { name: "emails that failed" })).toHaveAttribute("href", `/services/${serviceId}/notifications?channel=email&status=failed`);
  await expectNoAxeViolations(page);

  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [person.email]));
  await page.goto("/platform-admin");
  await page.getByRole("navigation", { name: "Platform admin" }).getByRole("link", { name: "Sending reputation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sending reputation" })).toBeVisible();
  await expect(page).toHaveTitle("Sending reputation – Platform admin – Notify");
  const platform = page.getByTestId("platform-reputation");
  await expect(platform.getByRole("columnheader")).toHaveText(["Emails sent", "Bounce rate", "Complaint rate", "Text messages sent", "Text failure rate", "State"]);
  const services = page.getByTestId("service-reputation");
  const row = services.getByRole("row", { name: new RegExp(serviceName) });
  await expect(row).toContainText("Pause threshold");
  await expect(row).toContainText("12.0% (12)");
  // Worst first: nothing above it is in a better state.
  await expect(services.getByRole("row").nth(1)).toContainText(/Pause threshold/);
  await expectNoAxeViolations(page);

  await row.getByRole("button", { name: `Suspend ${serviceName}` }).click();
  await expect(page.getByRole("heading", { name: "The service has been suspended" })).toBeVisible();
  await expect(services.getByRole("row", { name: new RegExp(serviceName) })).toContainText("Pause threshold, suspended");
  await expect(services.getByRole("row", { name: new RegExp(serviceName) }).getByRole("button")).toHaveCount(0);
  await expectNoAxeViolations(page);
  const audited = await withDatabase(async (client) => (await client.query(`SELECT data FROM audit_events WHERE service_id = $1 AND event_type = 'service-suspended'`, [serviceId])).rows);
  expect(audited).toEqual([{ data: { reason: "sending reputation" } }]);
});
