import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";
import { notificationStatus, queueSmsNotification } from "../fixtures/database";

test("a queued text message is delivered by the worker and readable in the local outbox", async ({ page }) => {
  const code = String(Math.floor(100000 + Math.random() * 900000));
  const { serviceName, notificationId } = await queueSmsNotification({ to: "+12025550142", content: `Your code is ${code}` });

  await expect.poll(() => notificationStatus(notificationId), { timeout: 20_000 }).toBe("delivered");

  await page.goto("/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Local outbox" })).toBeVisible();
  const table = page.getByRole("table", { name: "Messages sent through the local providers" });
  await expect(table.getByRole("row").filter({ hasText: `${serviceName}: Your code is ${code}` })).toContainText("+12025550142");
  await expectNoAxeViolations(page);
});
