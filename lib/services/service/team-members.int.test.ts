// Editing and removing team members: permission needed, not yourself, never the last manager.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { AppError } from "../../errors";
import { addTestMember, createTestActor, createTestService, rejectionCode } from "../../../testing/factories";
import { changeMemberPermissions, removeMember, TEAM_ERRORS } from "./team-members";

async function team() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  const colleague = await createTestActor();
  await addTestMember(service.id, colleague.userId, ["view_activity"]);
  return { owner, colleague, serviceId: service.id };
}

const membership = (serviceId: string, userId: string) => getDb().serviceUser.findUnique({ where: { serviceId_userId: { serviceId, userId } } });

describe("team members", () => {
  it("changes a colleague's permissions and removes them", async () => {
    const { owner, colleague, serviceId } = await team();
    await changeMemberPermissions({ actor: owner, serviceId, userId: colleague.userId, permissions: ["send_messages", "manage_templates"] });
    expect((await membership(serviceId, colleague.userId))?.permissions.sort()).toEqual(["manage_templates", "send_emails", "send_texts"]);
    await removeMember({ actor: owner, serviceId, userId: colleague.userId });
    expect(await membership(serviceId, colleague.userId)).toBeNull();
    expect(await rejectionCode(removeMember({ actor: owner, serviceId, userId: colleague.userId }))).toBe("NOT_FOUND");
  });

  it("refuses changes to yourself", async () => {
    const { owner, serviceId } = await team();
    const error = await removeMember({ actor: owner, serviceId, userId: owner.userId }).catch((e: AppError) => e);
    expect((error as AppError).userMessage).toBe(TEAM_ERRORS.yourself);
  });

  it("never leaves a service without a manager", async () => {
    const { owner, serviceId } = await team();
    const admin = await createTestActor({ platformAdmin: true });
    const error = await changeMemberPermissions({ actor: admin, serviceId, userId: owner.userId, permissions: ["view_activity"] }).catch((e: AppError) => e);
    expect((error as AppError).userMessage).toBe(TEAM_ERRORS.lastManager);
    expect((await membership(serviceId, owner.userId))?.permissions).toContain("manage_users");
    expect(await rejectionCode(removeMember({ actor: admin, serviceId, userId: owner.userId }))).toBe("BAD_REQUEST");
  });

  it("needs the manage permission, and stays inside the service", async () => {
    const { owner, colleague, serviceId } = await team();
    expect(await rejectionCode(removeMember({ actor: colleague, serviceId, userId: owner.userId }))).toBe("FORBIDDEN");
    const other = await team();
    // A manager of another service can't touch this one's members.
    expect(await rejectionCode(removeMember({ actor: other.owner, serviceId, userId: colleague.userId }))).toBe("NOT_FOUND");
    expect(await rejectionCode(removeMember({ actor: other.owner, serviceId: other.serviceId, userId: colleague.userId }))).toBe("NOT_FOUND");
  });
});
