// "Your account" changes at the service layer, with the worker delivering codes and links.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type RunningWorker } from "../../../jobs/worker";
import { getDb } from "../../db/client";
import { AppError } from "../../errors";
import { createActiveUser, PASSWORD } from "../../../testing/accounts";
import { codeIn, linkIn, waitForOutboxMessage } from "../../../testing/outbox";
import {
  changeName,
  changePassword,
  changeSecurityCodeMethod,
  confirmEmailAddressChange,
  confirmMobileNumberChange,
  getProfile,
  startEmailAddressChange,
  startMobileNumberChange,
  WRONG_PASSWORD,
} from "./profile";
import { createSession, getSessionUser } from "./sessions";
import { startSignIn } from "./sign-in";

async function fieldErrorOf(promise: Promise<unknown>): Promise<Record<string, string> | undefined> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors;
}

describe("your account", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({ pollInterval: 50 });
  });
  afterAll(async () => {
    await worker.stop();
  });

  it("changes the name and records it", async () => {
    const { userId } = await createActiveUser();
    await changeName(userId, "Ada King");
    expect((await getProfile(userId)).name).toBe("Ada King");
    expect(await getDb().auditEvent.count({ where: { userId, eventType: "name-changed" } })).toBe(1);
  });

  it("changes the password only with the current one, and signs out every other session", async () => {
    const { userId, session } = await createActiveUser();
    const other = await createSession(userId);
    expect(await fieldErrorOf(changePassword(userId, { currentPassword: "not my password", newPassword: "a new good passphrase" }, "x"))).toEqual({
      currentPassword: WRONG_PASSWORD,
    });
    const current = await getSessionUser(session.token);
    await changePassword(userId, { currentPassword: PASSWORD, newPassword: "a new good passphrase" }, current?.sessionId ?? "");
    expect(await getSessionUser(session.token)).toMatchObject({ userId });
    expect(await getSessionUser(other.token)).toBeNull();
  });

  it("switches security codes to email after re-entering the password", async () => {
    const { userId, emailAddress } = await createActiveUser();
    await expect(changeSecurityCodeMethod(userId, { password: "wrong", method: "email" })).rejects.toThrow(AppError);
    await changeSecurityCodeMethod(userId, { password: PASSWORD, method: "email" });
    expect((await getProfile(userId)).authType).toBe("email_auth");
    const since = new Date();
    const step = await startSignIn({ emailAddress, password: PASSWORD });
    expect(step).toMatchObject({ channel: "email" });
    expect((await waitForOutboxMessage(emailAddress, since)).subject).toBe("Your Notify security code");
  });

  it("saves a new mobile number only after a code texted to it is entered", async () => {
    const { userId, mobileNumber } = await createActiveUser();
    const newNumber = `+1202555${String(1000 + Math.floor(Math.random() * 8999))}`;
    const since = new Date();
    const { changeToken } = await startMobileNumberChange(userId, { password: PASSWORD, mobileNumber: newNumber });
    expect((await getProfile(userId)).mobileNumber).toBe(mobileNumber);
    const code = codeIn((await waitForOutboxMessage(newNumber, since)).body);
    expect(await fieldErrorOf(confirmMobileNumberChange(userId, `${changeToken}x`, code))).toHaveProperty("code");
    await confirmMobileNumberChange(userId, changeToken, code);
    expect((await getProfile(userId)).mobileNumber).toBe(newNumber);
  });

  it("changes the email address only when the link sent to the new address is followed", async () => {
    const { userId, emailAddress } = await createActiveUser();
    const newAddress = `moved-${randomUUID().slice(0, 8)}@agency.gov`;
    const since = new Date();
    await startEmailAddressChange(userId, { password: PASSWORD, emailAddress: newAddress });
    expect((await getProfile(userId)).emailAddress).toBe(emailAddress);
    const token = linkIn((await waitForOutboxMessage(newAddress, since)).body, "/your-account/email-address/confirm");
    const intruder = await createActiveUser();
    await expect(confirmEmailAddressChange(intruder.userId, token)).rejects.toThrow(AppError);
    await confirmEmailAddressChange(userId, token);
    expect((await getProfile(userId)).emailAddress).toBe(newAddress);
  });

  it("won't move an account onto an address another account uses", async () => {
    const first = await createActiveUser();
    const second = await createActiveUser();
    const since = new Date();
    await startEmailAddressChange(second.userId, { password: PASSWORD, emailAddress: first.emailAddress });
    const token = linkIn((await waitForOutboxMessage(first.emailAddress, since)).body, "/your-account/email-address/confirm");
    await expect(confirmEmailAddressChange(second.userId, token)).rejects.toThrow("email taken");
  });
});
