// Template categories in the browser: the form asks what a template is for (an error if not
// answered), editing shows and changes it, the list shows each template's category and filters by
// it (?category=), and a platform admin sets a template's delivery lane (404 for anyone else).
// Every page is checked with axe and its title.
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { addEmailTemplate, addService, chooseCategory, newTemplate } from "../fixtures/portal";

test("the category question on the template form, the list filter and a platform admin's lane", async ({ page }) => {
  test.setTimeout(180_000);
  const person = await signInAs(page);
  const { serviceId, serviceName } = await addService(page, "Categories");

  // Not answered: the error summary and the field's error, in the form's order.
  await newTemplate(page, "Text message");
  await page.getByLabel("Template name").fill("Flood warning");
  await page.getByLabel("Message").fill("Flood warning for ((area)). Move to higher ground.");
  const question = page.getByRole("group", { name: "What is this template for?" });
  await expect(question).toContainText("Sign-in codes and urgent alerts are delivered before everything else.");
  await expect(question.getByRole("radio")).toHaveCount(7);
  await page.getByRole("button", { name: "Save" }).click();
  const summaryLink = page.getByRole("link", { name: "Select what this template is for" });
  await expect(summaryLink).toBeVisible();
  await expect(question).toContainText("Error: Select what this template is for");
  await expect(page).toHaveTitle("Error: New template – Notify");
  await expect(page.getByLabel("Template name")).toHaveValue("Flood warning");
  await expectNoAxeViolations(page);
  await summaryLink.click();
  await expect(question.getByRole("radio").first()).toBeFocused();

  await chooseCategory(page, "Urgent alert");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Template saved" })).toBeVisible();
  await expect(page).toHaveTitle("Template – Notify");
  await expect(page.getByText("Category: Urgent alert")).toBeVisible();
  // Only platform admins see the lane link.
  await expect(page.getByRole("link", { name: /delivery lane/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const alertUrl = page.url().replace(/\?.*$/, "");
  const alertId = new URL(alertUrl).pathname.split("/")[4] ?? "";

  // Editing shows the current category, and a new one is saved.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveTitle("Edit template – Notify");
  await expect(page.getByRole("radio", { name: /^Urgent alert/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await chooseCategory(page, "Status update");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Category: Status update")).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  await chooseCategory(page, "Urgent alert");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Category: Urgent alert")).toBeVisible();

  await addEmailTemplate(page, "Monthly newsletter", "News from ((service))", "Here is our news.", "General information");
  await expect(page.getByText("Category: General information")).toBeVisible();

  // The list shows each category and filters by one, in the address.
  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Send messages" }).click();
  await expect(page).toHaveTitle("Templates – Notify");
  const list = page.getByRole("list", { name: "Folders and templates" });
  await expect(list).toContainText("Text message template – Urgent alert");
  await expect(list).toContainText("Email template – General information");
  await expectNoAxeViolations(page);
  const filter = page.getByRole("search", { name: "Filter templates" });
  await filter.getByLabel("Show templates for").selectOption({ label: "Urgent alert" });
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${serviceId}/templates\\?category=alert$`));
  await expect(page).toHaveTitle("Templates – Notify");
  await expect(list.getByRole("link", { name: "Flood warning" })).toBeVisible();
  await expect(list.getByRole("link", { name: "Monthly newsletter" })).toHaveCount(0);
  await expect(filter.getByLabel("Show templates for")).toHaveValue("alert");
  await expectNoAxeViolations(page);
  await page.goto(`/services/${serviceId}/templates?category=reminder`);
  await expect(page.getByText("There are no templates for this category.")).toBeVisible();
  await page.getByRole("link", { name: "Show all templates" }).click();
  await expect(list.getByRole("link", { name: "Monthly newsletter" })).toBeVisible();
  await expect(list.getByRole("link", { name: "Flood warning" })).toBeVisible();

  // Not a platform admin: the lane page doesn't exist.
  const lanePath = `/platform-admin/services/${serviceId}/templates/${alertId}`;
  expect((await page.goto(lanePath))?.status()).toBe(404);

  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [person.email]));
  await page.goto(alertUrl);
  await page.getByRole("link", { name: "Change the delivery lane (platform admin)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delivery lane for Flood warning" })).toBeVisible();
  await expect(page).toHaveTitle("Template delivery lane – Platform admin – Notify");
  await expect(page.getByText("Delivered from the priority lane (as its category)")).toBeVisible();
  const lanes = page.getByRole("group", { name: "Which lane should this template’s messages be delivered from?" });
  await expect(lanes.getByRole("radio", { name: /^As its category/ })).toBeChecked();
  await expectNoAxeViolations(page);

  // A lane that doesn't exist (a forged form) is refused in words.
  await lanes.getByRole("radio", { name: /^Bulk/ }).evaluate((radio: HTMLInputElement) => {
    radio.value = "fast";
    radio.checked = true;
  });
  await page.getByRole("button", { name: "Save delivery lane" }).click();
  await expect(page.getByRole("link", { name: "Select which lane this template’s messages are delivered from" })).toBeVisible();
  await expect(page).toHaveTitle("Error: Template delivery lane – Platform admin – Notify");
  await expectNoAxeViolations(page);

  await lanes.getByRole("radio", { name: /^Bulk/ }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save delivery lane" }).click();
  await expect(page.getByRole("heading", { name: "Delivery lane saved" })).toBeVisible();
  await expect(page.getByText("Delivered from the bulk lane (chosen by a platform admin)")).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Bulk/ })).toBeChecked();
  await expectNoAxeViolations(page);
  const stored = () => withDatabase(async (client) => (await client.query<{ lane_override: string | null }>(`SELECT lane_override::text FROM templates WHERE id = $1`, [alertId])).rows[0]?.lane_override);
  expect(await stored()).toBe("bulk");
  // The platform admin's service page lists the templates with their own lane.
  await page.getByRole("link", { name: serviceName }).click();
  await expect(page).toHaveTitle("Service – Platform admin – Notify");
  await expect(page.getByRole("link", { name: "Flood warning" })).toBeVisible();
  await expect(page.getByText("bulk lane (its category, Urgent alert, gives priority)")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Flood warning" }).click();

  await page.getByRole("radio", { name: /^As its category/ }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save delivery lane" }).click();
  await expect(page.getByText("Delivered from the priority lane (as its category)")).toBeVisible();
  expect(await stored()).toBeNull();
  await page.getByRole("link", { name: "Back to Flood warning" }).click();
  await expect(page).toHaveTitle("Template – Notify");
});
