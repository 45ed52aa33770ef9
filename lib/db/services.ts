// Services and their members. Every read is scoped: by the service id the caller is allowed to see,
// or to the services a user belongs to.
import { getDb } from "./client";
import type { PermissionType, ServicePermissionType } from "./generated/client";

export type ServiceSummary = { id: string; name: string; restricted: boolean; active: boolean };

export async function isServiceNameTaken(name: string): Promise<boolean> {
  return (await getDb().service.count({ where: { name: { equals: name, mode: "insensitive" } } })) > 0;
}

export async function isEmailFromTaken(emailFrom: string): Promise<boolean> {
  return (await getDb().service.count({ where: { emailFrom } })) > 0;
}

/** Creates a trial service with its feature flags and the creator as a member with `permissions`. */
export async function insertServiceWithCreator(service: {
  name: string;
  emailFrom: string;
  createdById: string;
  servicePermissions: ServicePermissionType[];
  creatorPermissions: PermissionType[];
}): Promise<{ id: string }> {
  return getDb().service.create({
    data: {
      name: service.name,
      emailFrom: service.emailFrom,
      createdById: service.createdById,
      restricted: true,
      permissions: { create: service.servicePermissions.map((permission) => ({ permission })) },
      users: { create: { userId: service.createdById, permissions: service.creatorPermissions } },
    },
    select: { id: true },
  });
}

export async function listServicesForUser(userId: string): Promise<ServiceSummary[]> {
  return getDb().service.findMany({
    where: { users: { some: { userId } }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, restricted: true, active: true },
  });
}

export async function listAllServices(): Promise<ServiceSummary[]> {
  return getDb().service.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, restricted: true, active: true } });
}

export async function findServiceForMember(serviceId: string, userId: string): Promise<(ServiceSummary & { permissions: PermissionType[] | null }) | null> {
  const service = await getDb().service.findUnique({
    where: { id: serviceId },
    select: { id: true, name: true, restricted: true, active: true, users: { where: { userId }, select: { permissions: true } } },
  });
  if (!service) return null;
  const { users, ...summary } = service;
  return { ...summary, permissions: users[0]?.permissions ?? null };
}
