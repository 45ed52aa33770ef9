// Every page has its own title as soon as it shows, after a full load and after a client-side
// navigation (a form whose action redirects, an in-app link) alike. A recorder in the page notes
// the title each time the page's <h1> or title changes, so a title that arrives after the page's
// content (as Next's streamed metadata did) fails here even though it gets there in the end.
import { expect, test, type Page } from "@playwright/test";
import { newPerson, PASSWORD, signInAs } from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { withDatabase } from "../fixtures/database";
import { addService, chooseCategory } from "../fixtures/portal";

type PageState = { h1: string | null; title: string; loads: number };

declare global {
  // The recorder's log, read back with page.evaluate.
  var pageStates: PageState[] | undefined;
}

/** Records {h1, title} whenever either changes, from the first byte of each document on. */
async function recordTitles(page: Page) {
  await page.addInitScript(() => {
    // Counts the documents loaded in this tab (about:blank has no storage, and counts as none).
    let loads = 0;
    try {
      loads = Number(sessionStorage.getItem("title-recorder-loads") ?? "0") + 1;
      sessionStorage.setItem("title-recorder-loads", String(loads));
    } catch {
      return;
    }
    const states: PageState[] = [];
    globalThis.pageStates = states;
    const note = () => {
      const h1 = document.querySelector("h1")?.textContent?.trim() ?? null;
      const last = states.at(-1);
      if (!last || last.h1 !== h1 || last.title !== document.title) states.push({ h1, title: document.title, loads });
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

async function loadCount(page: Page): Promise<number> {
  return page.evaluate(() => globalThis.pageStates?.at(-1)?.loads ?? 0);
}

/**
 * The page with this <h1> has this exact title, and had it from the moment the <h1> appeared; it
 * passes axe. With `soft`, it was reached without loading a new document.
 */
async function expectPage(page: Page, heading: string, title: string, { soft, loadsBefore }: { soft: boolean; loadsBefore: number }) {
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(title);
  const states = await page.evaluate(() => globalThis.pageStates ?? []);
  const titlesWhileShown = [...new Set(states.filter((s) => s.h1 === heading).map((s) => s.title))];
  expect(titlesWhileShown, `titles while "${heading}" was shown`).toEqual([title]);
  if (soft) expect(await loadCount(page), "a client-side navigation, not a page load").toBe(loadsBefore);
  await expectNoAxeViolations(page);
}

test.describe.configure({ timeout: 120_000 });

test("forms that redirect: register → check your email, forgot password → check your email", async ({ page }) => {
  await recordTitles(page);
  await page.goto("/register");
  await expectPage(page, "Create an account", "Create an account – Notify", { soft: false, loadsBefore: 0 });
  const loads = await loadCount(page);
  const person = newPerson();
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Mobile number").fill(person.mobile);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create an account" }).click();
  await expectPage(page, "Check your email", "Check your email – Notify", { soft: true, loadsBefore: loads });

  await page.goto("/forgot-password");
  await expectPage(page, "Forgotten your password?", "Forgotten your password? – Notify", { soft: false, loadsBefore: 0 });
  const loads2 = await loadCount(page);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expectPage(page, "Check your email", "Check your email – Notify", { soft: true, loadsBefore: loads2 });
});

test("in-app links: the header, a new service's form, and each area of the service navigation", async ({ page }) => {
  await recordTitles(page);
  await signInAs(page);
  await expectPage(page, "Your services", "Your services – Notify", { soft: false, loadsBefore: 0 });
  const loads = await loadCount(page);

  const header = page.getByRole("navigation", { name: "Main" });
  await header.getByRole("link", { name: "Your account" }).click();
  await expectPage(page, "Your account", "Your account – Notify", { soft: true, loadsBefore: loads });
  await header.getByRole("link", { name: "Your services" }).click();
  await expectPage(page, "Your services", "Your services – Notify", { soft: true, loadsBefore: loads });

  // "Add a new service" (a link), then its form redirects to the new service's dashboard.
  await addService(page, "Titles");
  await expectPage(page, "Dashboard", "Dashboard – Notify", { soft: true, loadsBefore: loads });

  const nav = page.getByRole("navigation", { name: "Service" });
  const areas: [link: string, heading: string, title: string][] = [
    ["Send messages", "Templates", "Templates – Notify"],
    ["Messages", "All messages", "Messages – Notify"],
    ["Uploaded spreadsheets", "Uploaded spreadsheets", "Uploaded spreadsheets – Notify"],
    ["Contact lists", "Contact lists", "Contact lists – Notify"],
    ["Team members", "Team members", "Team members – Notify"],
    ["API integration", "API keys", "API keys – Notify"],
    ["Settings", "Settings", "Settings – Notify"],
    ["Usage", "Usage", "Usage – Notify"],
    ["Audit trail", "Audit trail", "Audit trail – Notify"],
    ["Dashboard", "Dashboard", "Dashboard – Notify"],
  ];
  for (const [link, heading, title] of areas) {
    await nav.getByRole("link", { name: link, exact: true }).click();
    await expectPage(page, heading, title, { soft: true, loadsBefore: loads });
  }
});

test("template categories: saving a template, the category filter, and a platform admin's delivery lane", async ({ page }) => {
  await recordTitles(page);
  const person = await signInAs(page);
  await addService(page, "Lanes");
  await withDatabase((client) => client.query(`UPDATE users SET platform_admin = true WHERE email_address = $1`, [person.email]));
  await page.getByRole("navigation", { name: "Service" }).getByRole("link", { name: "Send messages" }).click();
  await expectPage(page, "Templates", "Templates – Notify", { soft: false, loadsBefore: 0 });
  const loads = await loadCount(page);
  await page.getByRole("link", { name: "New template" }).click();
  await page.getByRole("radio", { name: "Text message" }).dispatchEvent("click");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectPage(page, "New text message template", "New template – Notify", { soft: true, loadsBefore: loads });
  await page.getByLabel("Template name").fill("Outage alert");
  await page.getByLabel("Message").fill("The service is down");
  await chooseCategory(page, "Urgent alert");
  await page.getByRole("button", { name: "Save" }).click();
  await expectPage(page, "Outage alert", "Template – Notify", { soft: true, loadsBefore: loads });

  await page.getByRole("link", { name: "Change the delivery lane (platform admin)" }).click();
  await expectPage(page, "Delivery lane for Outage alert", "Template delivery lane – Platform admin – Notify", { soft: true, loadsBefore: loads });
  await page.getByRole("radio", { name: /^Normal/ }).dispatchEvent("click");
  await page.getByRole("button", { name: "Save delivery lane" }).click();
  await expect(page.getByRole("heading", { name: "Delivery lane saved" })).toBeVisible();
  await expectPage(page, "Delivery lane for Outage alert", "Template delivery lane – Platform admin – Notify", { soft: true, loadsBefore: loads });

  await page.getByRole("link", { name: "Back to Outage alert" }).click();
  await page.getByRole("link", { name: "Templates", exact: true }).click();
  await expectPage(page, "Templates", "Templates – Notify", { soft: true, loadsBefore: loads });
  await page.getByLabel("Show templates for").selectOption({ label: "Urgent alert" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\?category=alert$/);
  await expectPage(page, "Templates", "Templates – Notify", { soft: false, loadsBefore: 0 });
});
