// The platform admin's queue health: only platform admins see it; a table of the lanes with their
// waiting messages, oldest message, last minute's sends and other jobs; "Refresh" reloads it. Axe.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";

test("platform admins see each lane's queue", async ({ page }) => {
  test.setTimeout(90_000);
  const person = await signInAs(page);
  expect((await page.request.get("/platform-admin/queue-health")).status()).toBe(404);
  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [person.email]));

  // A job no worker runs (its task is unknown to them), in the priority lane: it waits until removed.
  const key = `e2e-queue-health-${randomUUID()}`;
  await withDatabase((client) => client.query(`SELECT graphile_worker.add_job('e2e-queue-health-probe', '{}'::json, job_key := $1, flags := ARRAY['lane:priority'])`, [key]));
  try {
    await page.goto("/platform-admin");
    await page.getByRole("navigation", { name: "Platform admin" }).getByRole("link", { name: "Queue health" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Queue health" })).toBeVisible();
    await expect(page).toHaveTitle("Queue health – Notify");
    await expect(page.getByRole("listitem").filter({ hasText: "Priority:" })).toContainText("sign-in codes, alerts and Notify’s own messages");

    const table = page.getByRole("table", { name: /^Queues by lane at / });
    await expect(table.getByRole("columnheader")).toHaveText(["Lane", "Messages waiting", "Oldest waiting message", "Sent in the last minute", "Other jobs waiting"]);
    await expect(table.getByRole("rowheader")).toHaveText(["Priority", "Normal", "Bulk"]);
    const priority = table.getByRole("row", { name: /^Priority/ });
    await expect(priority.getByRole("cell").nth(3)).toHaveText(/^[1-9][\d,]*$/); // other jobs: the probe, at least
    await expect(priority.getByRole("cell").nth(1)).toHaveText(/^(None waiting|\d+ (second|minute|hour)s?.*)$/);
    await expectNoAxeViolations(page);

    const caption = await table.locator("caption").textContent();
    await page.waitForTimeout(1_100);
    await page.getByRole("link", { name: "Refresh" }).click();
    await expect(table.locator("caption")).not.toHaveText(caption ?? "");
    await expect(page.getByRole("heading", { level: 1, name: "Queue health" })).toBeVisible();
  } finally {
    await withDatabase((client) => client.query(`DELETE FROM graphile_worker._private_jobs WHERE key = $1`, [key]));
  }
});
