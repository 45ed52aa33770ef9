// Accounts at the service layer, against PostgreSQL with the real worker delivering codes and links
// to the local outbox.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type RunningWorker } from "../../../jobs/worker";
import { getDb } from "../../db/client";
import { AppError } from "../../errors";
import { createActiveUser, PASSWORD } from "../../../testing/accounts";
import { codeIn, linkIn, waitForOutboxMessage } from "../../../testing/outbox";
import { confirmEmail, CONFIRM_LINK_ERRORS, registerUser, verifyMobile } from "./register";
import { checkResetToken, requestPasswordReset, resetPassword, RESET_LINK_ERRORS } from "./reset-password";
import { getSessionUser, SESSION_IDLE_MS } from "./sessions";
import { completeSignIn, resendSignInCode, SIGN_IN_EXPIRED, SIGN_IN_FAILED, startSignIn } from "./sign-in";


async function expectAppError(promise: Promise<unknown>, message: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  if (field) expect((error as AppError).fieldErrors?.[field]).toBe(message);
  else expect((error as AppError).userMessage).toBe(message);
}

async function signInCode(to: string, since: Date) {
  return codeIn((await waitForOutboxMessage(to, since)).body);
}

describe("accounts", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({ pollInterval: 50 });
  });
  afterAll(async () => {
    await worker.stop();
  });

  it("sign up: confirm email, verify the mobile by code, then the user is active and signed in", async () => {
    const { userId, session } = await createActiveUser();
    const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { state: true } });
    expect(user.state).toBe("active");
    expect(await getSessionUser(session.token)).toMatchObject({ userId });
    const events = await getDb().auditEvent.findMany({ where: { userId }, select: { eventType: true } });
    expect(events.map((e) => e.eventType)).toEqual(expect.arrayContaining(["register", "email-confirmed", "account-activated"]));
  });

  it("messages are sent by the built-in Notify service and appear in its activity", async () => {
    const { emailAddress } = await createActiveUser();
    const count = await getDb().notification.count({ where: { serviceId: "d6aa2c68-a2d9-4437-ab19-3ae8eb202553", to: emailAddress } });
    expect(count).toBeGreaterThanOrEqual(1);
  });

  it("signing up again with the same email sends an 'already registered' email and creates nothing", async () => {
    const { emailAddress } = await createActiveUser();
    const before = await getDb().user.count();
    const since = new Date();
    await registerUser({ name: "Someone else", emailAddress, mobileNumber: "+12025550177", password: PASSWORD });
    expect((await waitForOutboxMessage(emailAddress, since)).subject).toBe("You already have a Notify account");
    expect(await getDb().user.count()).toBe(before);
  });

  it("a confirmation link can't be forged or reused", async () => {
    await expectAppError(confirmEmail("not.a-token"), CONFIRM_LINK_ERRORS.invalid);
    const id = randomUUID().slice(0, 8);
    const since = new Date();
    await registerUser({ name: "Reuse", emailAddress: `reuse-${id}@agency.gov`, mobileNumber: "+12025550166", password: PASSWORD });
    const token = linkIn((await waitForOutboxMessage(`reuse-${id}@agency.gov`, since)).body, "/verify-email");
    const { pendingToken } = await confirmEmail(token);
    await verifyMobile(pendingToken, await signInCode("+12025550166", since));
    await expectAppError(confirmEmail(token), CONFIRM_LINK_ERRORS.alreadyUsed);
  });

  it("sign in with a texted code", async () => {
    const { emailAddress, mobileNumber, userId } = await createActiveUser();
    const since = new Date();
    const step = await startSignIn({ emailAddress, password: PASSWORD });
    expect(step).toMatchObject({ channel: "sms" });
    if (!("pendingToken" in step)) throw new Error("expected a code step");
    const session = await completeSignIn(step.pendingToken, await signInCode(mobileNumber, since));
    expect(await getSessionUser(session.token)).toMatchObject({ userId, emailAddress });
  });

  it("sign in with an emailed code", async () => {
    const { emailAddress, userId } = await createActiveUser({ authType: "email_auth" });
    const since = new Date();
    const step = await startSignIn({ emailAddress, password: PASSWORD });
    expect(step).toMatchObject({ channel: "email" });
    if (!("pendingToken" in step)) throw new Error("expected a code step");
    const message = await waitForOutboxMessage(emailAddress, since);
    expect(message.subject).toBe("Your Notify security code");
    const session = await completeSignIn(step.pendingToken, codeIn(message.body));
    expect(session.userId).toBe(userId);
  });

  it("wrong, reused and expired codes are refused and counted", async () => {
    const { emailAddress, mobileNumber, userId } = await createActiveUser();
    const since = new Date();
    const step = await startSignIn({ emailAddress, password: PASSWORD });
    if (!("pendingToken" in step)) throw new Error("expected a code step");
    const code = await signInCode(mobileNumber, since);
    const wrong = code === "000000" ? "111111" : "000000";
    await expectAppError(completeSignIn(step.pendingToken, wrong), "Code not found", "code");
    await completeSignIn(step.pendingToken, code);
    await expectAppError(completeSignIn(step.pendingToken, code), "Code has expired", "code");

    const since2 = new Date();
    await resendSignInCode(step.pendingToken);
    const fresh = await signInCode(mobileNumber, since2);
    await getDb().verifyCode.updateMany({ where: { userId, codeUsed: false }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(completeSignIn(step.pendingToken, fresh), "Code has expired", "code");
    const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { failedLoginCount: true } });
    // wrong (1), then the successful sign-in resets the count, then reused (1) and expired (2).
    expect(user.failedLoginCount).toBe(2);
  });

  it("never reveals whether an email has an account", async () => {
    const { emailAddress } = await createActiveUser();
    await expectAppError(startSignIn({ emailAddress, password: "wrong password here" }), SIGN_IN_FAILED);
    await expectAppError(startSignIn({ emailAddress: `nobody-${randomUUID()}@agency.gov`, password: "wrong password here" }), SIGN_IN_FAILED);
  });

  it("spends as long on an unknown email as on a wrong password", async () => {
    const { emailAddress } = await createActiveUser();
    const time = async (email: string) => {
      const started = performance.now();
      await startSignIn({ emailAddress: email, password: "wrong password here" }).catch(() => undefined);
      return performance.now() - started;
    };
    const median = async (email: () => string) => {
      const samples: number[] = [];
      for (let i = 0; i < 5; i += 1) samples.push(await time(email()));
      return samples.sort((a, b) => a - b)[2] as number;
    };
    const known = await median(() => emailAddress);
    const unknown = await median(() => `nobody-${randomUUID()}@agency.gov`);
    // Without the dummy hash an unknown email would answer in ~1 ms against ~40 ms for argon2id.
    expect(unknown).toBeGreaterThan(known * 0.25);
  });

  it("locks the account after 10 failed attempts until the password is reset", async () => {
    const { emailAddress, mobileNumber, userId } = await createActiveUser();
    for (let i = 0; i < 10; i += 1) await expectAppError(startSignIn({ emailAddress, password: `wrong-${i}-password` }), SIGN_IN_FAILED);
    await expectAppError(startSignIn({ emailAddress, password: PASSWORD }), SIGN_IN_FAILED);
    expect(await getDb().auditEvent.count({ where: { userId, eventType: "account-locked" } })).toBe(1);

    const since = new Date();
    await requestPasswordReset(emailAddress);
    const token = linkIn((await waitForOutboxMessage(emailAddress, since)).body, "/new-password");
    await resetPassword(token, "a brand new passphrase");
    await expectAppError(checkResetToken(token), RESET_LINK_ERRORS.used);

    const since2 = new Date();
    const step = await startSignIn({ emailAddress, password: "a brand new passphrase" });
    if (!("pendingToken" in step)) throw new Error("expected a code step");
    await completeSignIn(step.pendingToken, await signInCode(mobileNumber, since2));
  });

  it("a password reset signs the user out everywhere and voids pending sign-ins", async () => {
    const { emailAddress, session } = await createActiveUser();
    const since = new Date();
    const pending = await startSignIn({ emailAddress, password: PASSWORD });
    await requestPasswordReset(emailAddress);
    const token = linkIn((await waitForOutboxMessage(emailAddress, since)).body, "/new-password");
    await resetPassword(token, "another good passphrase");
    expect(await getSessionUser(session.token)).toBeNull();
    if (!("pendingToken" in pending)) throw new Error("expected a code step");
    await expectAppError(completeSignIn(pending.pendingToken, "123456"), SIGN_IN_EXPIRED);
  });

  it("sends at most 5 outstanding codes", async () => {
    const { emailAddress, userId } = await createActiveUser();
    const step = await startSignIn({ emailAddress, password: PASSWORD });
    if (!("pendingToken" in step)) throw new Error("expected a code step");
    for (let i = 0; i < 7; i += 1) await resendSignInCode(step.pendingToken);
    expect(await getDb().verifyCode.count({ where: { userId, codeUsed: false, expiresAt: { gt: new Date() } } })).toBe(5);
  });

  it("ends idle sessions after 30 minutes", async () => {
    const { session, userId } = await createActiveUser();
    expect(await getSessionUser(session.token)).toMatchObject({ userId });
    expect(await getSessionUser(session.token, new Date(Date.now() + SESSION_IDLE_MS + 1000))).toBeNull();
    expect(await getSessionUser(session.token)).toBeNull();
  });

  it("refuses a tampered pending sign-in", async () => {
    await expectAppError(completeSignIn("eyJmb28iOiJiYXIifQ.bad", "123456"), SIGN_IN_EXPIRED);
  });
});
