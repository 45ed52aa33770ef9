// The send path's in-memory service and template: dropped as soon as a change to either commits
// (heard through the database triggers' notices), never kept while the notices can't be heard.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "./client";
import { closePool } from "./pool";
import { findSendingContext } from "./sending";
import { serviceChangesLive, serviceStamp } from "./service-changes";
import { randomUUID } from "node:crypto";
import { getEnv } from "../env";
import { encrypt } from "../security/encryption";
import { signHs256 } from "../security/jwt";
import { authenticateApiRequest } from "../services/api-keys/authenticate";
import { createTestActor, createTestService, createTestTemplate } from "../../testing/factories";

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

afterAll(async () => {
  await closePool();
});

describe("service change notices", () => {
  it("a cached template and service are replaced as soon as they change", async () => {
    await until(() => serviceChangesLive(), "the LISTEN connection");
    const owner = await createTestActor();
    const service = await createTestService(owner.userId);
    const template = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "First words" });
    // Served from memory once nothing changes (the notices of the setup's own writes arrive first).
    await until(async () => (await findSendingContext(service.id, template.id)) === (await findSendingContext(service.id, template.id)), "a cached read");
    expect((await findSendingContext(service.id, template.id))?.template?.content).toBe("First words");

    const before = serviceStamp(service.id);
    await getDb().template.update({ where: { id: template.id }, data: { content: "Second words", version: { increment: 1 } } });
    await until(() => serviceStamp(service.id) !== before, "the template's change notice");
    const second = await findSendingContext(service.id, template.id);
    expect(second?.template).toMatchObject({ content: "Second words", version: template.version + 1 });

    const again = serviceStamp(service.id);
    await getDb().servicePermission.deleteMany({ where: { serviceId: service.id, permission: "sms" } });
    await until(() => serviceStamp(service.id) !== again, "the channel's change notice");
    expect((await findSendingContext(service.id, template.id))?.profile.channels).not.toContain("sms");
  });

  it("an API key revoked straight in the database stops working as soon as the change is heard", async () => {
    await until(() => serviceChangesLive(), "the LISTEN connection");
    const owner = await createTestActor();
    const service = await createTestService(owner.userId);
    const secret = randomUUID();
    const keyId = randomUUID();
    await getDb().apiKey.create({ data: { id: keyId, serviceId: service.id, name: "k", keyType: "normal", secretEncrypted: encrypt(secret, getEnv().ENCRYPTION_KEY), createdById: owner.userId } });
    const header = () => `Bearer ${signHs256({ iss: service.id, iat: Math.floor(Date.now() / 1000) }, secret)}`;
    await until(async () => {
      const before = serviceStamp(service.id);
      await authenticateApiRequest(header());
      return serviceStamp(service.id) === before;
    }, "a cached key");
    const stamp = serviceStamp(service.id);
    await getDb().apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
    await until(() => serviceStamp(service.id) !== stamp, "the key's change notice");
    await expect(authenticateApiRequest(header())).rejects.toThrow("Invalid token: API key revoked");
  });

  it("forgets everything while the notices can't be heard, and reads the database instead", async () => {
    await until(() => serviceChangesLive(), "the LISTEN connection");
    const owner = await createTestActor();
    const service = await createTestService(owner.userId);
    const template = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hello" });
    await until(async () => (await findSendingContext(service.id, template.id)) === (await findSendingContext(service.id, template.id)), "a cached read");
    const first = await findSendingContext(service.id, template.id);
    const stamp = serviceStamp(service.id);
    // Kill the listening connection from the server's side.
    await getDb().$executeRawUnsafe(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN notify_service_changed' AND datname = current_database()`);
    await until(() => !serviceChangesLive() || serviceStamp(service.id) !== stamp, "the connection's loss");
    expect(serviceStamp(service.id)).not.toBe(stamp);
    const fresh = await findSendingContext(service.id, template.id);
    expect(fresh).not.toBe(first);
    expect(fresh?.template?.content).toBe("Hello");
    await until(() => serviceChangesLive(), "the LISTEN connection to come back");
  });
});
