// Account journeys in the browser: sign up, confirm email, verify phone, sign in with a code,
// wrong codes, lockout and password reset. Codes and links are read from the local outbox page.
// These go through the sign-up pages (signUp); other tests sign in with signInAs, checked here too.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";
import { enterPassword, newPerson, PASSWORD, signInAs, signOut, signUp } from "../fixtures/accounts";
import { withDatabase } from "../fixtures/database";
import { readLatestCode, readLatestLink } from "../fixtures/outbox";

// Sign-ups through the pages, with axe on each, are slow on CI machines (34 s seen for one).
test.describe.configure({ timeout: 90_000 });

test("sign up, confirm the email, verify the phone, sign out and sign in again with a texted code", async ({ page }) => {
  const person = newPerson();
  const signUpCode = await signUp(page, person);
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);
  await expectNoAxeViolations(page);

  await page.goto("/services");
  await expect(page).toHaveURL(/\/sign-in$/);

  await enterPassword(page, person.email, PASSWORD, "code");
  await expectNoAxeViolations(page);
  const code = await readLatestCode(page, person.mobile, signUpCode);
  await page.goto("/sign-in/code");
  await page.getByLabel("Security code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your services" })).toBeVisible();
});

test("form errors are listed in a focused summary that links to each field", async ({ page }) => {
  await page.goto("/register");
  await page.getByRole("button", { name: "Create an account" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Enter your full name", "Enter your email address", "Enter your mobile number", "Enter a password"]);
  await summary.getByRole("link", { name: "Enter your mobile number" }).click();
  await expect(page.getByLabel("Mobile number")).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByLabel("Full name").fill("<script>alert(1)</script>");
  await page.getByLabel("Email address").fill("not an email");
  await page.getByLabel("Mobile number").fill("12");
  await page.getByLabel("Password").fill("password");
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(summary.getByRole("link")).toHaveText([
    "Enter an email address in the correct format, like name@example.gov",
    /^Enter a mobile number in the correct format/,
    "Choose a password that’s harder to guess",
  ]);
  await expect(page.getByLabel("Full name")).toHaveValue("<script>alert(1)</script>");
});

test("the session cookie is HttpOnly and SameSite=Lax, and signing out removes it", async ({ page, context }) => {
  const person = newPerson();
  await signUp(page, person);
  const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  await signOut(page);
  expect((await context.cookies()).find((c) => c.name.includes("session-token"))).toBeUndefined();
  await page.goto("/your-account");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong code is refused and the right one still works", async ({ page }) => {
  const person = newPerson();
  const signUpCode = await signUp(page, person);
  await signOut(page);
  await enterPassword(page, person.email, PASSWORD, "code");
  const code = await readLatestCode(page, person.mobile, signUpCode);
  await page.goto("/sign-in/code");
  await page.getByLabel("Security code").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link", { name: "Code not found" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Security code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your services" })).toBeVisible();
});

test("10 wrong passwords lock the account until the password is reset by email", async ({ page }) => {
  test.setTimeout(120_000);
  const person = newPerson();
  const signUpCode = await signUp(page, person);
  await signOut(page);
  for (let i = 0; i < 10; i += 1) {
    await enterPassword(page, person.email, `wrong password ${i}`, "refused");
  }
  await enterPassword(page, person.email, PASSWORD, "refused");

  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  const link = await readLatestLink(page, person.email, "/new-password");
  await page.goto(link);
  await expectNoAxeViolations(page);
  await page.getByLabel("New password").fill("a much better passphrase");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("heading", { name: "Your password has been changed" })).toBeVisible();

  await page.goto(link);
  await expect(page.getByText("The link in the email has already been used")).toBeVisible();

  await enterPassword(page, person.email, "a much better passphrase", "code");
  const code = await readLatestCode(page, person.mobile, signUpCode);
  await page.goto("/sign-in/code");
  await page.getByLabel("Security code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your services" })).toBeVisible();
});

test("signInAs makes a real account and session: the server accepts them, and signing out ends the session there", async ({ page, context }) => {
  const person = await signInAs(page);
  const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  await page.goto("/your-account");
  await expect(page.getByRole("row", { name: /^Mobile number/ })).toContainText(person.mobile);
  await expect(page.getByRole("row", { name: /^Security codes/ })).toContainText("By text message");
  await signOut(page);
  const sessions = await withDatabase((db) =>
    db.query<{ revoked: boolean }>(`SELECT s.revoked_at IS NOT NULL AS revoked FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.email_address = $1`, [person.email]),
  );
  expect(sessions.rows).toEqual([{ revoked: true }]);
  // The old cookie, put back, no longer signs anyone in.
  await context.addCookies([session!]);
  await page.goto("/services");
  await expect(page).toHaveURL(/\/sign-in$/);
  // The password is PASSWORD and the code goes by text to the mobile number.
  await enterPassword(page, person.email, PASSWORD, "code");
  const code = await readLatestCode(page, person.mobile);
  await page.goto("/sign-in/code");
  await page.getByLabel("Security code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your services" })).toBeVisible();
});
