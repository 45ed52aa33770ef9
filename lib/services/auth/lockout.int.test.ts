// The 10-attempt lockout under concurrency, against PostgreSQL: 40 wrong passwords or codes sent
// at once are never all checked against the same count. Exactly 10 are checked, the other 30 are
// refused unchecked, and after that even the right password or code is refused.
// The spies count real checks: a password verified against the user's own hash, a code compared
// with the user's stored codes.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startWorker, type RunningWorker } from "../../../jobs/worker";
import { getDb } from "../../db/client";
import { createActiveUser, PASSWORD } from "../../../testing/accounts";
import { appErrorOf } from "../../../testing/factories";
import { codeIn, waitForOutboxMessage } from "../../../testing/outbox";
import { changeSecurityCodeMethod, WRONG_PASSWORD } from "./profile";
import { completeSignIn, SIGN_IN_FAILED, startSignIn } from "./sign-in";

const checks = vi.hoisted(() => ({ passwords: [] as string[], codes: [] as string[] }));

vi.mock("../../security/passwords", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../security/passwords")>();
  return {
    ...original,
    verifyPassword: (storedHash: string | null, password: string) => {
      if (storedHash) checks.passwords.push(password);
      return original.verifyPassword(storedHash, password);
    },
  };
});

vi.mock("../../db/users", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../db/users")>();
  return {
    ...original,
    listUnusedVerifyCodes: (userId: string, codeType: Parameters<typeof original.listUnusedVerifyCodes>[1]) => {
      checks.codes.push(userId);
      return original.listUnusedVerifyCodes(userId, codeType);
    },
  };
});

const failure = appErrorOf;

async function state(userId: string) {
  const db = getDb();
  const [user, sessions, events] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { failedLoginCount: true } }),
    db.userSession.count({ where: { userId } }),
    db.auditEvent.groupBy({ by: ["eventType"], where: { userId }, _count: true }),
  ]);
  return { failedLoginCount: user.failedLoginCount, sessions, events: Object.fromEntries(events.map((e) => [e.eventType, e._count])) as Record<string, number> };
}

describe("lockout under concurrent attempts", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({ pollInterval: 50 });
  });
  afterAll(async () => {
    await worker.stop();
  });
  beforeEach(() => {
    checks.passwords.length = 0;
    checks.codes.length = 0;
  });

  it("40 wrong passwords at once: 10 are checked, 30 refused unchecked, then the right password is refused too", async () => {
    const { emailAddress, userId } = await createActiveUser();
    checks.passwords.length = 0;
    const wrong = Array.from({ length: 40 }, (_, i) => `wrong password number ${i}`);
    const errors = await Promise.all(wrong.map((password) => failure(startSignIn({ emailAddress, password }))));
    expect(errors.map((e) => e.userMessage)).toEqual(wrong.map(() => SIGN_IN_FAILED));
    expect(checks.passwords).toHaveLength(10);

    expect(await failure(startSignIn({ emailAddress, password: PASSWORD }))).toMatchObject({ userMessage: SIGN_IN_FAILED });
    expect(checks.passwords).toHaveLength(10);
    expect(await state(userId)).toMatchObject({
      failedLoginCount: 10,
      events: { "sign-in-failed": 10, "sign-in-refused-locked": 31, "account-locked": 1 },
    });
  });

  it("40 wrong codes at once: 10 are checked, 30 refused unchecked, then the right code is refused and signs nobody in", async () => {
    const { emailAddress, mobileNumber, userId } = await createActiveUser();
    const since = new Date();
    const step = await startSignIn({ emailAddress, password: PASSWORD });
    if (!("pendingToken" in step)) throw new Error("expected a code step");
    const code = codeIn((await waitForOutboxMessage(mobileNumber, since)).body);
    // The right password gave its attempt back: only failures count.
    const before = await state(userId);
    expect(before.failedLoginCount).toBe(0);
    checks.codes.length = 0;

    const wrong = Array.from({ length: 40 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const errors = await Promise.all(wrong.map((guess) => failure(completeSignIn(step.pendingToken, guess))));
    expect(errors.map((e) => e.fieldErrors?.code)).toEqual(wrong.map(() => "Code not found"));
    expect(checks.codes).toHaveLength(10);

    expect((await failure(completeSignIn(step.pendingToken, code))).fieldErrors?.code).toBe("Code not found");
    expect(checks.codes).toHaveLength(10);
    const after = await state(userId);
    expect(after).toMatchObject({ failedLoginCount: 10, sessions: before.sessions, events: { "code-failed": 10, "code-refused-locked": 31, "account-locked": 1 } });
    expect(after.events["sign-in"]).toBeUndefined();
    expect(await getDb().verifyCode.count({ where: { userId, codeUsed: false } })).toBe(1);
  });

  it("wrong and right passwords at once: only checked wrong ones count, and never more than 10", async () => {
    const { emailAddress, userId } = await createActiveUser();
    checks.passwords.length = 0;
    const attempts = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? PASSWORD : `wrong password number ${i}`));
    const outcomes = await Promise.all(attempts.map((password) => startSignIn({ emailAddress, password }).then(() => "passed", () => "refused")));
    const { failedLoginCount, events } = await state(userId);
    const rightChecked = checks.passwords.filter((p) => p === PASSWORD).length;
    const wrongChecked = checks.passwords.length - rightChecked;
    expect(outcomes.filter((o) => o === "passed")).toHaveLength(rightChecked);
    expect(rightChecked).toBeGreaterThan(0);
    expect(wrongChecked).toBeLessThanOrEqual(10);
    expect(failedLoginCount).toBe(wrongChecked);
    expect(events["sign-in-failed"]).toBe(wrongChecked);
  });

  it("asking for the password again shares the lockout: 40 wrong at once check 10, then the right one is refused", async () => {
    const { userId } = await createActiveUser();
    checks.passwords.length = 0;
    const errors = await Promise.all(Array.from({ length: 40 }, (_, i) => failure(changeSecurityCodeMethod(userId, { password: `wrong password number ${i}`, method: "email" }))));
    expect(errors.map((e) => e.fieldErrors?.password)).toEqual(errors.map(() => WRONG_PASSWORD));
    expect(checks.passwords).toHaveLength(10);
    expect((await failure(changeSecurityCodeMethod(userId, { password: PASSWORD, method: "email" }))).fieldErrors?.password).toBe(WRONG_PASSWORD);
    expect(checks.passwords).toHaveLength(10);
    expect(await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { failedLoginCount: true, authType: true } })).toEqual({ failedLoginCount: 10, authType: "sms_auth" });
  });
});
