// Revoking API keys: only a live key of the service named, by someone who may manage its keys.
// The portal's "API key revoked" banner relies on the NOT_FOUND for everything else.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createTestActor, createTestService, rejectionCode } from "../../../testing/factories";
import { createApiKey, revokeApiKey } from "./api-keys";

async function isLive(keyId: string) {
  return (await getDb().apiKey.findUniqueOrThrow({ where: { id: keyId }, select: { revokedAt: true } })).revokedAt === null;
}

describe("revokeApiKey", () => {
  it("revokes a live key of the service once; again, or through another service, is NOT_FOUND and changes nothing", async () => {
    const actor = await createTestActor();
    const [mine, other] = [await createTestService(actor.userId), await createTestService(actor.userId)];
    const { keyId: otherKey } = await createApiKey({ actor, serviceId: other.id, name: "Other system", keyType: "test" });
    const { keyId } = await createApiKey({ actor, serviceId: mine.id, name: "Case system", keyType: "test" });

    expect(await rejectionCode(revokeApiKey({ actor, serviceId: mine.id, keyId: otherKey }))).toBe("NOT_FOUND");
    expect(await isLive(otherKey)).toBe(true);
    expect(await rejectionCode(revokeApiKey({ actor, serviceId: mine.id, keyId: "not-an-id" }))).toBe("NOT_FOUND");

    await revokeApiKey({ actor, serviceId: mine.id, keyId });
    expect(await isLive(keyId)).toBe(false);
    expect(await rejectionCode(revokeApiKey({ actor, serviceId: mine.id, keyId }))).toBe("NOT_FOUND");
    expect(await getDb().auditEvent.count({ where: { serviceId: mine.id, eventType: "api-key-revoked" } })).toBe(1);
  });
});
