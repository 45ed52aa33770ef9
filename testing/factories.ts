// Test data builders for integration tests: each call makes uniquely named rows, so tests can share
// one database without colliding.
import { randomUUID } from "node:crypto";
import { getDb } from "../lib/db/client";
import type { DeliveryLane, PermissionType, TemplateCategory, TemplateType } from "../lib/db/generated/client";
import { AppError } from "../lib/errors";
import type { ApiCaller } from "../lib/services/api-keys/authenticate";
import type { SessionUser } from "../lib/services/auth/sessions";
import { getEnv } from "../lib/env";
import { encrypt } from "../lib/security/encryption";

const unique = () => randomUUID().slice(0, 8);

export async function createTestUser(overrides: { platformAdmin?: boolean } = {}) {
  const id = unique();
  return getDb().user.create({
    data: {
      name: `Test User ${id}`,
      emailAddress: `user-${id}@example.gov`,
      mobileNumber: "+12025550123",
      passwordHash: "not-a-real-hash",
      state: "active",
      platformAdmin: overrides.platformAdmin ?? false,
    },
    select: { id: true, emailAddress: true },
  });
}

export async function createTestService(createdById: string, overrides: { active?: boolean; prefixSms?: boolean } = {}) {
  const id = unique();
  return getDb().service.create({
    data: {
      name: `Test Service ${id}`,
      emailFrom: `test.service.${id}`,
      createdById,
      active: overrides.active ?? true,
      prefixSms: overrides.prefixSms ?? true,
      permissions: { create: [{ permission: "sms" }, { permission: "email" }, { permission: "international_sms" }] },
      users: { create: { userId: createdById, permissions: ["manage_users", "manage_templates", "manage_settings", "send_texts", "send_emails", "manage_api_keys", "view_activity"] } },
    },
    select: { id: true, name: true, emailFrom: true },
  });
}

/** `category` is "other" and `laneOverride` null unless given, as for templates made before categories. */
export async function createTestTemplate(
  serviceId: string,
  createdById: string,
  template: { type: TemplateType; content: string; subject?: string; hasUnsubscribeLink?: boolean; category?: TemplateCategory; laneOverride?: DeliveryLane | null },
) {
  const db = getDb();
  const hasUnsubscribeLink = template.hasUnsubscribeLink ?? false;
  const row = await db.template.create({
    data: {
      serviceId,
      createdById,
      name: `Template ${unique()}`,
      templateType: template.type,
      content: template.content,
      subject: template.subject,
      hasUnsubscribeLink,
      category: template.category ?? "other",
      laneOverride: template.laneOverride ?? null,
    },
    select: { id: true, version: true, name: true, templateType: true, content: true, subject: true },
  });
  await db.templateHistory.create({
    data: { id: row.id, version: 1, serviceId, createdById, name: row.name, templateType: row.templateType, content: row.content, subject: row.subject, hasUnsubscribeLink },
  });
  return row;
}

export async function createTestNotification(input: {
  serviceId: string;
  templateId: string;
  type: TemplateType;
  to: string;
  personalisation?: Record<string, unknown>;
}) {
  return getDb().notification.create({
    data: {
      serviceId: input.serviceId,
      templateId: input.templateId,
      templateVersion: 1,
      notificationType: input.type,
      to: input.to,
      normalisedTo: input.to.toLowerCase(),
      personalisation: input.personalisation ? encrypt(JSON.stringify(input.personalisation), getEnv().ENCRYPTION_KEY) : null,
    },
    select: { id: true },
  });
}

/** A signed-in user as service functions receive it (a real user row, a made-up session id). */
export async function createTestActor(overrides: { platformAdmin?: boolean } = {}): Promise<SessionUser> {
  const user = await createTestUser(overrides);
  return { sessionId: randomUUID(), userId: user.id, name: "Tester", emailAddress: user.emailAddress, platformAdmin: overrides.platformAdmin ?? false };
}

/** Adds an existing user to a service's team with the given stored permissions. */
export async function addTestMember(serviceId: string, userId: string, permissions: PermissionType[]) {
  await getDb().serviceUser.create({ data: { serviceId, userId, permissions } });
}

/** What a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail, but it succeeded");
    },
    (e: unknown) => e,
  );
}

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await rejectionOf(promise);
  if (!(error instanceof AppError)) throw error;
  return error;
}

/** The AppError code a promise rejects with (fails the test if it resolves or throws something else). */
export async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  return (await appErrorOf(promise)).code;
}

/** A live service with an SMS template ("Hello ((name))") and a live API key: the caller the API would see, and a body to send. */
export async function createTestApiSender() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  await getDb().service.update({ where: { id: service.id }, data: { restricted: false } });
  const template = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "Hello ((name))" });
  const caller: ApiCaller = { serviceId: service.id, serviceName: service.name, apiKeyId: randomUUID(), keyType: "normal", rateLimit: 3000 };
  await getDb().apiKey.create({ data: { id: caller.apiKeyId, serviceId: service.id, name: "k", keyType: "normal", secretEncrypted: "x", createdById: owner.userId } });
  return { caller, serviceId: service.id, body: { phone_number: "+12025550123", template_id: template.id, personalisation: { name: "Ada" } as Record<string, string> } };
}
