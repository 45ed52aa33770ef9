// Platform-admin use cases against PostgreSQL: only platform admins, go-live approval and
// rejection, limits, suspending services, suspending and reactivating users.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { AppError } from "../../errors";
import { createTestNotification, createTestService, createTestTemplate, createTestUser } from "../../../testing/factories";
import { createSession, getSessionUser, type SessionUser } from "../auth/sessions";
import { approveGoLive, changeDailyLimits, getServiceForPlatformAdmin, listServicesForPlatformAdmin, rejectGoLive, setServiceSuspended } from "./services";
import { CANNOT_SUSPEND_YOURSELF, findUsers, getUserForPlatformAdmin, reactivateUser, suspendUser } from "./users";

async function actor(overrides: { platformAdmin?: boolean } = {}): Promise<SessionUser> {
  const user = await createTestUser(overrides);
  return { sessionId: randomUUID(), userId: user.id, name: "Tester", emailAddress: user.emailAddress, platformAdmin: overrides.platformAdmin ?? false };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("platform admin", () => {
  it("is not found for anyone else, even a service's own manager", async () => {
    const owner = await actor();
    const { id: serviceId } = await createTestService(owner.userId);
    expect((await failure(listServicesForPlatformAdmin({ actor: owner }))).code).toBe("NOT_FOUND");
    expect((await failure(getServiceForPlatformAdmin({ actor: owner, serviceId }))).code).toBe("NOT_FOUND");
    expect((await failure(approveGoLive({ actor: owner, serviceId }))).code).toBe("NOT_FOUND");
    expect((await failure(setServiceSuspended({ actor: owner, serviceId, isSuspended: true }))).code).toBe("NOT_FOUND");
    expect((await failure(findUsers({ actor: owner, email: "a" }))).code).toBe("NOT_FOUND");
    expect((await failure(suspendUser({ actor: owner, userId: owner.userId }))).code).toBe("NOT_FOUND");
  });

  it("lists services with their go-live request and messages in the last 7 days by channel", async () => {
    const admin = await actor({ platformAdmin: true });
    const owner = await actor();
    const { id: serviceId } = await createTestService(owner.userId);
    const sms = await createTestTemplate(serviceId, owner.userId, { type: "sms", content: "Hi" });
    const email = await createTestTemplate(serviceId, owner.userId, { type: "email", content: "Hi", subject: "Hi" });
    for (let i = 0; i < 3; i += 1) await createTestNotification({ serviceId, templateId: sms.id, type: "sms", to: "+12025550104" });
    await createTestNotification({ serviceId, templateId: email.id, type: "email", to: "a@example.gov" });
    const old = await createTestNotification({ serviceId, templateId: email.id, type: "email", to: "a@example.gov" });
    await getDb().notification.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000) } });
    await getDb().service.update({ where: { id: serviceId }, data: { goLiveRequestedAt: new Date(), goLiveRequestedById: owner.userId } });

    const row = (await listServicesForPlatformAdmin({ actor: admin })).find((s) => s.id === serviceId);
    expect(row).toMatchObject({ restricted: true, active: true, volumes: { sms: 3, email: 1 } });
    expect(row?.goLiveRequestedAt).toBeInstanceOf(Date);
    expect((await getServiceForPlatformAdmin({ actor: admin, serviceId })).goLiveRequestedBy?.id).toBe(owner.userId);
  });

  it("approves going live: not restricted, who and when, live limits, request cleared, audited", async () => {
    const admin = await actor({ platformAdmin: true });
    const owner = await actor();
    const { id: serviceId } = await createTestService(owner.userId);
    await getDb().service.update({ where: { id: serviceId }, data: { goLiveRequestedAt: new Date(), goLiveRequestedById: owner.userId } });
    await approveGoLive({ actor: admin, serviceId });
    const row = await getDb().service.findUniqueOrThrow({
      where: { id: serviceId },
      select: { restricted: true, goLiveAt: true, goLiveUserId: true, smsMessageLimit: true, emailMessageLimit: true, goLiveRequestedAt: true, goLiveRequestedById: true },
    });
    expect(row).toMatchObject({ restricted: false, goLiveUserId: admin.userId, smsMessageLimit: 250_000, emailMessageLimit: 250_000, goLiveRequestedAt: null, goLiveRequestedById: null });
    expect(row.goLiveAt).toBeInstanceOf(Date);
    expect(await getDb().auditEvent.count({ where: { serviceId, eventType: "go-live-approved", userId: admin.userId } })).toBe(1);
    expect((await failure(approveGoLive({ actor: admin, serviceId }))).userMessage).toBe("This service is already live");
  });

  it("rejects a request (with an optional reason in the audit trail) and changes limits", async () => {
    const admin = await actor({ platformAdmin: true });
    const owner = await actor();
    const { id: serviceId } = await createTestService(owner.userId);
    expect((await failure(rejectGoLive({ actor: admin, serviceId, input: {} }))).userMessage).toBe("This service has not asked to go live");
    await getDb().service.update({ where: { id: serviceId }, data: { goLiveRequestedAt: new Date(), goLiveRequestedById: owner.userId } });
    await rejectGoLive({ actor: admin, serviceId, input: { reason: "No templates with real content yet" } });
    const row = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { restricted: true, goLiveRequestedAt: true } });
    expect(row).toEqual({ restricted: true, goLiveRequestedAt: null });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { serviceId, eventType: "go-live-rejected" }, select: { data: true } });
    expect(event.data).toEqual({ reason: "No templates with real content yet" });

    await changeDailyLimits({ actor: admin, serviceId, input: { smsMessageLimit: 1000, emailMessageLimit: 2000, internationalSmsMessageLimit: 10, totalMessageLimit: 3000 } });
    expect(await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { smsMessageLimit: true, emailMessageLimit: true, internationalSmsMessageLimit: true, totalMessageLimit: true } })).toEqual({
      smsMessageLimit: 1000,
      emailMessageLimit: 2000,
      internationalSmsMessageLimit: 10,
      totalMessageLimit: 3000,
    });
  });

  it("suspends and resumes a service", async () => {
    const admin = await actor({ platformAdmin: true });
    const owner = await actor();
    const { id: serviceId } = await createTestService(owner.userId);
    await setServiceSuspended({ actor: admin, serviceId, isSuspended: true });
    let row = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { active: true, suspendedAt: true } });
    expect(row.active).toBe(false);
    expect(row.suspendedAt).toBeInstanceOf(Date);
    expect((await failure(setServiceSuspended({ actor: admin, serviceId, isSuspended: true }))).userMessage).toBe("This service is already suspended");
    await setServiceSuspended({ actor: admin, serviceId, isSuspended: false });
    row = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { active: true, suspendedAt: true } });
    expect(row).toEqual({ active: true, suspendedAt: null });
  });

  it("finds users by email, suspends one (signed out everywhere) and reactivates them", async () => {
    const admin = await actor({ platformAdmin: true });
    const user = await actor();
    const owner = await createTestService(user.userId);
    const found = await findUsers({ actor: admin, email: user.emailAddress.toUpperCase() });
    expect(found.map((u) => u.id)).toEqual([user.userId]);
    expect(found[0]?.services).toEqual([{ id: owner.id, name: owner.name }]);

    const session = await createSession(user.userId);
    expect(await getSessionUser(session.token)).not.toBeNull();
    await suspendUser({ actor: admin, userId: user.userId });
    expect((await getUserForPlatformAdmin({ actor: admin, userId: user.userId })).state).toBe("inactive");
    expect(await getDb().userSession.count({ where: { userId: user.userId } })).toBe(0);
    expect(await getSessionUser(session.token)).toBeNull();

    await reactivateUser({ actor: admin, userId: user.userId });
    expect((await getUserForPlatformAdmin({ actor: admin, userId: user.userId })).state).toBe("active");
    expect((await failure(suspendUser({ actor: admin, userId: admin.userId }))).userMessage).toBe(CANNOT_SUSPEND_YOURSELF);
    expect(await getDb().auditEvent.count({ where: { userId: admin.userId, eventType: { in: ["user-suspended", "user-reactivated"] } } })).toBe(2);
  });
});
