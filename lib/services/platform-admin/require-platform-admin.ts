// The platform-admin pages exist only for platform admins: anyone else gets "not found", so the
// pages' existence isn't revealed.
import { AppError } from "../../errors";
import type { SessionUser } from "../auth/sessions";

export function requirePlatformAdmin(actor: SessionUser): void {
  if (!actor.platformAdmin) throw new AppError("NOT_FOUND", "not a platform admin");
}
