// The audit trail records who did what in a service, readable only by its managers.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { addTestMember, createTestActor, createTestService, rejectionCode } from "../../testing/factories";
import { createService } from "../services/create-service";
import { createTemplate, archiveTemplate } from "../templates/templates";
import { getServiceAuditTrail } from "./audit";

describe("audit trail", () => {
  it("lists a service's events newest first, with who did them", async () => {
    const owner = await createTestActor();
    const { serviceId } = await createService({ actor: owner, input: { name: `Audit ${Date.now()}` } });
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "T", content: "C" } });
    await archiveTemplate({ actor: owner, serviceId, templateId });
    const trail = await getServiceAuditTrail({ actor: owner, serviceId });
    const { name } = await getDb().user.findUniqueOrThrow({ where: { id: owner.userId }, select: { name: true } });
    expect(trail.events.map((e) => [e.what, e.who])).toEqual([
      ["Deleted a template", name],
      ["Created a template", name],
      ["Created the service", name],
    ]);
  });

  it("is only for members who manage the service", async () => {
    const owner = await createTestActor();
    const service = await createTestService(owner.userId);
    const viewer = await createTestActor();
    await addTestMember(service.id, viewer.userId, ["view_activity"]);
    expect(await rejectionCode(getServiceAuditTrail({ actor: viewer, serviceId: service.id }))).toBe("FORBIDDEN");
  });
});
