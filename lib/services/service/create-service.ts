// Adding a service: it starts in trial mode with text messages, emails and international texts
// switched on, and its creator gets every permission. Names are unique (ignoring case).
import { insertAuditEvent } from "../../db/audit";
import { insertServiceWithCreator, isEmailFromTaken, isServiceNameTaken } from "../../db/services";
import { emailSafe, USER_PERMISSIONS } from "../../domain/permissions";
import { AppError } from "../../errors";
import type { CreateServiceInput } from "../../schemas/services";
import type { SessionUser } from "../auth/sessions";

export const SERVICE_NAME_TAKEN = "This service name is already in use";

async function uniqueEmailFrom(name: string): Promise<string> {
  const base = emailSafe(name) || "service";
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}.${suffix}`;
    if (!(await isEmailFromTaken(candidate))) return candidate;
  }
}

export async function createService({ actor, input }: { actor: SessionUser; input: CreateServiceInput }): Promise<{ serviceId: string }> {
  if (await isServiceNameTaken(input.name)) throw new AppError("CONFLICT", "service name taken", { fieldErrors: { name: SERVICE_NAME_TAKEN } });
  const { id } = await insertServiceWithCreator({
    name: input.name,
    emailFrom: await uniqueEmailFrom(input.name),
    createdById: actor.userId,
    servicePermissions: ["sms", "email", "international_sms"],
    creatorPermissions: [...USER_PERMISSIONS],
  });
  await insertAuditEvent({ eventType: "service-created", userId: actor.userId, serviceId: id });
  return { serviceId: id };
}
