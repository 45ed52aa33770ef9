// Creating services and the access rule every service page and action goes through.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { AppError } from "../../errors";
import { createTestActor, rejectionCode } from "../../../testing/factories";
import { createService, SERVICE_NAME_TAKEN } from "./create-service";
import { listYourServices, requireServiceAccess } from "./service-access";

const actor = createTestActor;
const errorCode = rejectionCode;

describe("services", () => {
  it("creates a trial service whose creator has every permission", async () => {
    const owner = await actor();
    const name = `Parks Department ${randomUUID().slice(0, 6)}`;
    const { serviceId } = await createService({ actor: owner, input: { name } });
    const service = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { restricted: true, emailFrom: true, permissions: { select: { permission: true } } } });
    expect(service.restricted).toBe(true);
    expect(service.emailFrom).toMatch(/^parks\.department\./);
    expect(service.permissions.map((p) => p.permission).sort()).toEqual(["email", "international_sms", "sms"]);
    const access = await requireServiceAccess({ actor: owner, serviceId, permission: "manage_service" });
    expect(access.service.name).toBe(name);
    expect((await listYourServices(owner)).map((s) => s.id)).toContain(serviceId);
  });

  it("refuses a name already in use, ignoring case", async () => {
    const owner = await actor();
    const name = `Taxes ${randomUUID().slice(0, 6)}`;
    await createService({ actor: owner, input: { name } });
    const error = await createService({ actor: owner, input: { name: name.toUpperCase() } }).catch((e: AppError) => e);
    expect((error as AppError).fieldErrors).toEqual({ name: SERVICE_NAME_TAKEN });
  });

  it("hides another team's service as not found, and forbids a member without the permission", async () => {
    const owner = await actor();
    const stranger = await actor();
    const { serviceId } = await createService({ actor: owner, input: { name: `Water ${randomUUID().slice(0, 6)}` } });
    expect(await errorCode(requireServiceAccess({ actor: stranger, serviceId }))).toBe("NOT_FOUND");
    expect(await errorCode(requireServiceAccess({ actor: stranger, serviceId: "not-a-uuid" }))).toBe("NOT_FOUND");
    expect((await listYourServices(stranger)).map((s) => s.id)).not.toContain(serviceId);

    await getDb().serviceUser.create({ data: { serviceId, userId: stranger.userId, permissions: ["view_activity"] } });
    await requireServiceAccess({ actor: stranger, serviceId, permission: "view_activity" });
    expect(await errorCode(requireServiceAccess({ actor: stranger, serviceId, permission: "send_messages" }))).toBe("FORBIDDEN");
  });

  it("lets platform admins see every service", async () => {
    const owner = await actor();
    const admin = await actor({ platformAdmin: true });
    const { serviceId } = await createService({ actor: owner, input: { name: `Roads ${randomUUID().slice(0, 6)}` } });
    await requireServiceAccess({ actor: admin, serviceId, permission: "manage_api_keys" });
    expect((await listYourServices(admin)).map((s) => s.id)).toContain(serviceId);
  });
});
