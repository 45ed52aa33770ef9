// A user suspended by a platform admin can't sign in: the password step answers exactly as it does
// for a wrong password (so it doesn't reveal the account exists), even with the right password.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type RunningWorker } from "../../../jobs/worker";
import { AppError } from "../../errors";
import { createActiveUser, PASSWORD } from "../../../testing/accounts";
import { createTestUser } from "../../../testing/factories";
import { reactivateUser, suspendUser } from "../platform-admin/users";
import { getSessionUser, type SessionUser } from "./sessions";
import { SIGN_IN_FAILED, startSignIn } from "./sign-in";

describe("suspended users", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({ pollInterval: 50 });
  });
  afterAll(async () => {
    await worker.stop();
  });

  it("can't sign in with the right password, and get the wrong-password message; reactivated, they can", async () => {
    const { emailAddress, userId, session } = await createActiveUser();
    const adminRow = await createTestUser({ platformAdmin: true });
    const admin: SessionUser = { sessionId: randomUUID(), userId: adminRow.id, name: "Admin", emailAddress: adminRow.emailAddress, platformAdmin: true };

    await suspendUser({ actor: admin, userId });
    expect(await getSessionUser(session.token)).toBeNull();
    const error = await startSignIn({ emailAddress, password: PASSWORD }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).userMessage).toBe(SIGN_IN_FAILED);

    await reactivateUser({ actor: admin, userId });
    expect(await startSignIn({ emailAddress, password: PASSWORD })).toMatchObject({ channel: "sms" });
  });
});
