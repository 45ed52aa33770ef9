import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createApiService } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";
import { notificationStatus, queueSmsNotification } from "../fixtures/database";
import { giveInboundNumber, listReceivedTexts } from "../fixtures/inbound";

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

test("a received text simulated on the outbox page is stored for the service and returned by the API", async ({ page, request }) => {
  const service = await createApiService();
  const number = await giveInboundNumber(service.serviceId);
  const text = `Is my permit ready? ${randomUUID().slice(0, 8)}`;

  await page.goto("/outbox");
  await expect(page.getByRole("heading", { level: 2, name: "Simulate a received text" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Sent to").selectOption(number);
  await page.getByLabel("Sent from").fill("12345");
  await page.getByRole("button", { name: "Simulate received text" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  const fromError = "Enter a phone number in the correct format, like 202-555-0123 or +44 7700 900123 (not enough digits)";
  await expect(summary.getByRole("link")).toHaveText([fromError, "Enter the message"]);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel("Sent from")).toHaveAccessibleDescription(new RegExp(`Error: ${fromError.replace(/[()+]/g, "\\$&")}`));
  await expectNoAxeViolations(page);

  await page.getByLabel("Sent to").selectOption(number);
  await page.getByLabel("Sent from").fill("(202) 555-0177");
  await page.getByRole("textbox", { name: "Message" }).fill(text);
  await page.getByRole("button", { name: "Simulate received text" }).click();
  await expect(page.getByRole("heading", { name: "Received text simulated" })).toBeVisible();
  await expect(page).toHaveURL(/\/outbox\?simulated=1$/);
  await expectNoAxeViolations(page);

  await expect
    .poll(async () => (await listReceivedTexts(request, service.keys.normal)).find((t) => t.content === text), { timeout: 20_000 })
    .toMatchObject({ user_number: "+12025550177", notify_number: number, service_id: service.serviceId });
});
