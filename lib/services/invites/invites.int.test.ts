// Team invitations at the service layer, with the worker delivering the invitation emails.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type RunningWorker } from "../../../jobs/worker";
import { getDb } from "../../db/client";
import { AppError } from "../../errors";
import { createActiveUser } from "../../../testing/accounts";
import { linkIn, waitForOutboxMessage } from "../../../testing/outbox";
import { getSessionUser, type SessionUser } from "../auth/sessions";
import { createService } from "../service/create-service";
import { requireServiceAccess } from "../service/service-access";
import { acceptInvite, cancelInvite, describeInvite, getTeam, INVITE_ERRORS, inviteTeamMember } from "./invites";

async function signedIn(): Promise<SessionUser & { token: string }> {
  const { session } = await createActiveUser();
  const user = await getSessionUser(session.token);
  if (!user) throw new Error("no session");
  return { ...user, token: session.token };
}

async function serviceOwnedBy(owner: SessionUser) {
  return (await createService({ actor: owner, input: { name: `Team test ${randomUUID().slice(0, 8)}` } })).serviceId;
}

async function messageOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors ?? (error as AppError).userMessage;
}

describe("team invitations", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({ pollInterval: 50 });
  });
  afterAll(async () => {
    await worker.stop();
  });

  it("invites a colleague who accepts and gets exactly the chosen permissions", async () => {
    const owner = await signedIn();
    const colleague = await signedIn();
    const serviceId = await serviceOwnedBy(owner);
    const since = new Date();
    await inviteTeamMember({ actor: owner, serviceId, emailAddress: colleague.emailAddress, permissions: ["view_activity", "send_messages"] });
    const email = await waitForOutboxMessage(colleague.emailAddress, since);
    expect(email.subject).toContain("has invited you to collaborate on Team test");
    const token = linkIn(email.body, "/invitation");

    expect(await messageOf(acceptInvite({ actor: owner, token }))).toBe(INVITE_ERRORS.otherPerson);
    await acceptInvite({ actor: colleague, token });
    const access = await requireServiceAccess({ actor: colleague, serviceId, permission: "send_messages" });
    expect(access.permissions.sort()).toEqual(["send_emails", "send_texts", "view_activity"]);
    await expect(requireServiceAccess({ actor: colleague, serviceId, permission: "manage_service" })).rejects.toThrow(AppError);
    expect((await getTeam({ actor: owner, serviceId })).members.map((m) => m.emailAddress)).toContain(colleague.emailAddress);
  });

  it("refuses inviting yourself, an existing member, or inviting without permission", async () => {
    const owner = await signedIn();
    const viewer = await signedIn();
    const serviceId = await serviceOwnedBy(owner);
    expect(await messageOf(inviteTeamMember({ actor: owner, serviceId, emailAddress: owner.emailAddress, permissions: [] }))).toEqual({ emailAddress: INVITE_ERRORS.yourself });
    await getDb().serviceUser.create({ data: { serviceId, userId: viewer.userId, permissions: ["view_activity"] } });
    expect(await messageOf(inviteTeamMember({ actor: owner, serviceId, emailAddress: viewer.emailAddress, permissions: [] }))).toEqual({ emailAddress: INVITE_ERRORS.alreadyMember });
    await expect(inviteTeamMember({ actor: viewer, serviceId, emailAddress: "someone@agency.gov", permissions: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a cancelled or expired invitation can't be used", async () => {
    const owner = await signedIn();
    const colleague = await signedIn();
    const serviceId = await serviceOwnedBy(owner);
    const since = new Date();
    const { inviteId } = await inviteTeamMember({ actor: owner, serviceId, emailAddress: colleague.emailAddress, permissions: [] });
    const token = linkIn((await waitForOutboxMessage(colleague.emailAddress, since)).body, "/invitation");
    await cancelInvite({ actor: owner, serviceId, inviteId });
    expect(await messageOf(acceptInvite({ actor: colleague, token }))).toBe(INVITE_ERRORS.cancelled);
    await expect(requireServiceAccess({ actor: colleague, serviceId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const since2 = new Date();
    const second = await inviteTeamMember({ actor: owner, serviceId, emailAddress: colleague.emailAddress, permissions: [] });
    const token2 = linkIn((await waitForOutboxMessage(colleague.emailAddress, since2)).body, "/invitation");
    await getDb().invitedUser.update({ where: { id: second.inviteId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await messageOf(describeInvite(token2))).toBe(INVITE_ERRORS.expired);
    expect(await messageOf(describeInvite("forged.token"))).toBe(INVITE_ERRORS.invalid);
  });
});
