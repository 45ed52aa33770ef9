// The From header of a delivered email, for service names with quotes, commas, backslashes and
// other scripts: the local outbox holds the header a real provider is given (RFC 5322/2047), so
// the name stays one display name and the address stays the service's own.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { findOutboxMessageByReference } from "../../db/outbox";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { deliverNotification } from "./deliver-notification";

async function sentFrom(serviceName: string) {
  const user = await createTestUser();
  const service = await createTestService(user.id);
  await getDb().service.update({ where: { id: service.id }, data: { name: serviceName } });
  const template = await createTestTemplate(service.id, user.id, { type: "email", subject: "Hello", content: "Body text" });
  const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "email", to: "resident@example.gov" });
  expect(await deliverNotification(notification.id)).toBe("sent");
  const { reference } = await getDb().notification.findUniqueOrThrow({ where: { id: notification.id }, select: { reference: true } });
  return { sender: (await findOutboxMessageByReference(reference ?? ""))?.sender, address: `${service.emailFrom}@notify.example.gov` };
}

describe("the From header of a delivered email", () => {
  it.each([
    ['sec-A "><img src=x onerror=alert(1)>', (a: string) => `"sec-A \\"><img src=x onerror=alert(1)>" <${a}>`],
    ["Parks, Recreation and Culture", (a: string) => `"Parks, Recreation and Culture" <${a}>`],
    ["Back\\slash \\", (a: string) => `"Back\\\\slash \\\\" <${a}>`],
    ["Département", (a: string) => `=?UTF-8?B?RMOpcGFydGVtZW50?= <${a}>`],
  ])("service %j", async (name, expected) => {
    const { sender, address } = await sentFrom(name);
    expect(sender).toBe(expected(address));
  });
});
