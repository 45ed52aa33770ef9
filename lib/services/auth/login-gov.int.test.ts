// Matching a Login.gov sign-in to Notify accounts: by the verified email address only; invited people
// without an account get one (and join every team that invited them) in one step; everyone else is
// refused with a reason, and nothing is written for them.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { AppError } from "../../errors";
import { getEnv } from "../../env";
import { createToken } from "../../security/tokens";
import { createTestService, createTestUser } from "../../../testing/factories";
import { createAccountFromLoginGov, LOGIN_GOV_MESSAGES, signInWithLoginGov } from "./login-gov";
import { getSessionUser } from "./sessions";

const newEmail = () => `login-gov-${randomUUID().slice(0, 8)}@agency.gov`;

async function invite(emailAddress: string, permissions: ("send_texts" | "view_activity")[] = ["send_texts"], expiresAt = new Date(Date.now() + 60_000)) {
  const owner = await createTestUser();
  const service = await createTestService(owner.id);
  await getDb().invitedUser.create({ data: { serviceId: service.id, fromUserId: owner.id, emailAddress, permissions, expiresAt } });
  return service.id;
}

describe("signInWithLoginGov", () => {
  it("signs an existing account in by its email (any case), without a password or code, and records how", async () => {
    const user = await createTestUser();
    const outcome = await signInWithLoginGov({ sub: "login-gov-uuid", email: user.emailAddress.toUpperCase(), email_verified: true });
    expect(outcome.kind).toBe("session");
    if (outcome.kind !== "session") return;
    expect(outcome.userId).toBe(user.id);
    expect((await getSessionUser(outcome.sessionToken))?.userId).toBe(user.id);
    const event = await getDb().auditEvent.findFirst({ where: { userId: user.id, eventType: "sign-in" }, orderBy: { createdAt: "desc" } });
    expect(event?.data).toEqual({ method: "login.gov" });
  });

  it("activates an account whose email was never confirmed, since Login.gov has confirmed it", async () => {
    const user = await createTestUser();
    await getDb().user.update({ where: { id: user.id }, data: { state: "pending" } });
    expect((await signInWithLoginGov({ email: user.emailAddress, email_verified: true })).kind).toBe("session");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).state).toBe("active");
  });

  it("refuses unverified or missing email claims, suspended accounts and strangers, creating no session", async () => {
    const user = await createTestUser();
    const sessionsBefore = await getDb().userSession.count({ where: { userId: user.id } });
    expect(await signInWithLoginGov({ email: user.emailAddress, email_verified: false })).toEqual({ kind: "refused", reason: "unverified" });
    expect(await signInWithLoginGov({ sub: "no-email" })).toEqual({ kind: "refused", reason: "unverified" });
    expect(await signInWithLoginGov({ email: "not an email", email_verified: true })).toEqual({ kind: "refused", reason: "unverified" });
    await getDb().user.update({ where: { id: user.id }, data: { state: "inactive" } });
    expect(await signInWithLoginGov({ email: user.emailAddress, email_verified: true })).toEqual({ kind: "refused", reason: "suspended" });
    expect(await getDb().userSession.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    expect(await signInWithLoginGov({ email: newEmail(), email_verified: true })).toEqual({ kind: "refused", reason: "noAccount" });
  });

  it("refuses someone whose only invitation has expired or was cancelled", async () => {
    const expired = newEmail();
    await invite(expired, ["send_texts"], new Date(Date.now() - 1000));
    expect(await signInWithLoginGov({ email: expired, email_verified: true })).toEqual({ kind: "refused", reason: "noAccount" });
  });
});

describe("createAccountFromLoginGov", () => {
  it("creates an active account for an invited person and adds them to every team that invited them, once", async () => {
    const emailAddress = newEmail();
    const first = await invite(emailAddress, ["send_texts"]);
    const second = await invite(emailAddress, ["view_activity"]);
    const outcome = await signInWithLoginGov({ email: emailAddress, email_verified: true });
    expect(outcome).toMatchObject({ kind: "create-account", emailAddress });
    if (outcome.kind !== "create-account") return;
    expect(await getDb().user.count({ where: { emailAddress } })).toBe(0);

    const account = await createAccountFromLoginGov({ accountToken: outcome.accountToken, name: "Robin Example" });
    expect(account.serviceIds.sort()).toEqual([first, second].sort());
    const user = await getDb().user.findUniqueOrThrow({ where: { emailAddress }, include: { services: { orderBy: { serviceId: "asc" } } } });
    expect(user).toMatchObject({ name: "Robin Example", state: "active", authType: "email_auth", mobileNumber: null });
    expect(Object.fromEntries(user.services.map((s) => [s.serviceId, s.permissions]))).toEqual({ [first]: ["send_texts"], [second]: ["view_activity"] });
    expect(await getDb().invitedUser.count({ where: { emailAddress, status: "accepted" } })).toBe(2);
    expect((await getSessionUser(account.sessionToken))?.emailAddress).toBe(emailAddress);

    // The same token again (a double submit) creates nothing more.
    const again = await createAccountFromLoginGov({ accountToken: outcome.accountToken, name: "Robin Example" }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).userMessage).toBe(LOGIN_GOV_MESSAGES.expired);
    expect(await getDb().user.count({ where: { emailAddress } })).toBe(1);
  });

  it("writes nothing when the invitation was cancelled meanwhile, or the token is forged or expired", async () => {
    const emailAddress = newEmail();
    const serviceId = await invite(emailAddress);
    const outcome = await signInWithLoginGov({ email: emailAddress, email_verified: true });
    if (outcome.kind !== "create-account") throw new Error("expected an account token");
    await getDb().invitedUser.updateMany({ where: { serviceId, emailAddress }, data: { status: "cancelled" } });
    const cancelled = await createAccountFromLoginGov({ accountToken: outcome.accountToken, name: "Sam" }).catch((e: unknown) => e);
    expect((cancelled as AppError).userMessage).toBe(LOGIN_GOV_MESSAGES.noInvitation);

    const forged = await createAccountFromLoginGov({ accountToken: createToken("login-gov-account", emailAddress, 600, "some-other-secret-key-that-is-long-enough"), name: "Sam" }).catch((e: unknown) => e);
    expect((forged as AppError).userMessage).toBe(LOGIN_GOV_MESSAGES.expired);
    const stale = createToken("login-gov-account", emailAddress, 60, getEnv().SECRET_KEY, {}, Date.now() - 10 * 60_000);
    expect(((await createAccountFromLoginGov({ accountToken: stale, name: "Sam" }).catch((e: unknown) => e)) as AppError).userMessage).toBe(LOGIN_GOV_MESSAGES.expired);
    expect(await getDb().user.count({ where: { emailAddress } })).toBe(0);
  });
});
