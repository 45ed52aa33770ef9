// The audit trail records who did what in a service, readable only by its managers.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { addTestMember, createTestActor, createTestService, rejectionCode } from "../../../testing/factories";
import { createService } from "../service/create-service";
import { createTemplate, archiveTemplate } from "../templates/templates";
import { insertAuditEvent } from "../../db/audit";
import { auditFilterSchema } from "../../schemas/reports";
import { ACCOUNT_EVENTS, getPlatformAuditTrail, getServiceAuditTrail } from "./audit";

describe("audit trail", () => {
  it("lists a service's events newest first, with who did them", async () => {
    const owner = await createTestActor();
    const { serviceId } = await createService({ actor: owner, input: { name: `Audit ${Date.now()}` } });
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "T", content: "C", category: "other" } });
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

  it("lists every service's and account's events for platform admins, filtered by service, user email and event type", async () => {
    const owner = await createTestActor();
    const { serviceId } = await createService({ actor: owner, input: { name: `Audit all ${Date.now()}` } });
    await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "T", content: "C", category: "other" } });
    await insertAuditEvent({ eventType: "sign-in", userId: owner.userId });
    const other = await createTestActor();
    await createService({ actor: other, input: { name: `Audit other ${Date.now()}` } });
    const admin = await createTestActor({ platformAdmin: true });
    const filter = (input: Record<string, string>) => auditFilterSchema.parse(input);

    const byService = await getPlatformAuditTrail({ actor: admin, filter: filter({ serviceId }) });
    expect(byService.events.map((e) => e.what)).toEqual(["Created a template", "Created the service"]);
    expect(byService.events[0]).toMatchObject({ email: owner.emailAddress, serviceId });

    const byEmail = await getPlatformAuditTrail({ actor: admin, filter: filter({ email: owner.emailAddress.toUpperCase() }) });
    expect(byEmail.events.map((e) => e.what)).toEqual(["Sign in", "Created a template", "Created the service"]);
    expect(byEmail.events[0]).toMatchObject({ serviceId: null, serviceName: null });

    const accountOnly = await getPlatformAuditTrail({ actor: admin, filter: filter({ serviceId: ACCOUNT_EVENTS, email: owner.emailAddress }) });
    expect(accountOnly.total).toBe(1);
    const byType = await getPlatformAuditTrail({ actor: admin, filter: filter({ email: owner.emailAddress, eventType: "service-created" }) });
    expect(byType.events.map((e) => e.what)).toEqual(["Created the service"]);
    expect(byType.eventTypes).toEqual(expect.arrayContaining([{ value: "service-created", label: "Created the service" }]));

    expect(await rejectionCode(getPlatformAuditTrail({ actor: owner, filter: filter({}) }))).toBe("NOT_FOUND");
  });

  it("explains a bad filter in words a person can act on", () => {
    const result = auditFilterSchema.safeParse({ serviceId: "not-a-service", eventType: "DROP TABLE" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["serviceId", "Select a service from the list"],
      ["eventType", "Select an event from the list"],
    ]);
  });
});
