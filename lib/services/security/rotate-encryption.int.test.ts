// Rotating the encryption key against a real database: every kind of encrypted value sealed with
// the old key (and one from before key ids) is re-encrypted with the new one and still reads the
// same; values no given key opens are counted and left alone; running it again changes nothing.
import { createCipheriv, createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { decrypt, encrypt, isEncryptedWith } from "../../security/encryption";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { reencryptStoredValues } from "./rotate-encryption";

const OLD = "the-old-encryption-key-that-is-long-enough";
const NEW = "the-new-encryption-key-that-is-long-enough";
const LOST = "a-key-nobody-has-any-more-but-long-enough";

/** A value in the format used before key ids ("v1.<iv>.<tag>.<body>"). */
function legacyEncrypt(plaintext: string, secret: string): string {
  const key = createHash("sha256").update(`notify-field-encryption:${secret}`).digest();
  const iv = Buffer.alloc(12, 7);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

describe("rotating the encryption key", () => {
  it("re-encrypts personalisation, API key secrets, inbound texts and callback tokens with the new key", async () => {
    const db = getDb();
    const user = await createTestUser();
    const service = await createTestService(user.id);
    const template = await createTestTemplate(service.id, user.id, { type: "sms", content: "Hi ((name))" });
    const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550123" });
    const legacy = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550124" });
    const lost = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "sms", to: "+12025550125" });
    await db.notification.update({ where: { id: notification.id }, data: { personalisation: encrypt('{"name":"Ada"}', OLD) } });
    await db.notification.update({ where: { id: legacy.id }, data: { personalisation: legacyEncrypt('{"name":"Grace"}', OLD) } });
    const lostValue = encrypt('{"name":"Nobody"}', LOST);
    await db.notification.update({ where: { id: lost.id }, data: { personalisation: lostValue } });
    const apiKey = await db.apiKey.create({ data: { serviceId: service.id, name: "Live", secretEncrypted: encrypt("api-key-secret", OLD), keyType: "normal", createdById: user.id } });
    const inbound = await db.inboundSms.create({
      data: { serviceId: service.id, notifyNumber: "+12025550100", userNumber: "+12025550199", providerDate: new Date(), provider: "test", contentEncrypted: encrypt("STOP", OLD) },
    });
    const callback = await db.serviceCallbackApi.create({ data: { serviceId: service.id, callbackType: "delivery_status", url: "https://example.gov/cb", bearerTokenEncrypted: encrypt("bearer-token-123", OLD) } });

    const keys = { current: NEW, previous: [OLD] };
    const results = await reencryptStoredValues(keys, { batchSize: 2 });
    const byColumn = Object.fromEntries(results.map((r) => [`${r.table}.${r.column}`, r]));
    expect(Object.keys(byColumn)).toEqual(["notifications.personalisation", "api_keys.secret", "inbound_sms.content", "service_callback_api.bearer_token"]);
    expect(byColumn["notifications.personalisation"]?.reencrypted).toBeGreaterThanOrEqual(2);
    // The lost key's value, and any other test's values sealed with keys not given here.
    expect(byColumn["notifications.personalisation"]?.unreadable).toBeGreaterThanOrEqual(1);

    const stored = {
      ada: (await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).personalisation ?? "",
      grace: (await db.notification.findUniqueOrThrow({ where: { id: legacy.id } })).personalisation ?? "",
      lost: (await db.notification.findUniqueOrThrow({ where: { id: lost.id } })).personalisation ?? "",
      secret: (await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id }, select: { secretEncrypted: true } })).secretEncrypted,
      inbound: (await db.inboundSms.findUniqueOrThrow({ where: { id: inbound.id } })).contentEncrypted,
      token: (await db.serviceCallbackApi.findUniqueOrThrow({ where: { id: callback.id } })).bearerTokenEncrypted,
    };
    for (const value of [stored.ada, stored.grace, stored.secret, stored.inbound, stored.token]) expect(isEncryptedWith(value, NEW)).toBe(true);
    // The new key alone reads them now.
    expect([stored.ada, stored.grace, stored.secret, stored.inbound, stored.token].map((value) => decrypt(value, NEW))).toEqual(['{"name":"Ada"}', '{"name":"Grace"}', "api-key-secret", "STOP", "bearer-token-123"]);
    expect(stored.lost).toBe(lostValue);

    const again = await reencryptStoredValues(keys);
    expect(again.find((r) => r.table === "api_keys")?.reencrypted).toBe(0);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id }, select: { secretEncrypted: true } })).secretEncrypted).toBe(stored.secret);
  });
});
