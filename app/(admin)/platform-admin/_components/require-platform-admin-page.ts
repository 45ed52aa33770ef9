import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/services/auth/sessions";

/** For platform-admin pages: the signed-in platform admin, or the 404 page for anyone else. */
export async function requirePlatformAdminPage(): Promise<SessionUser> {
  const user = await requireUser();
  if (!user.platformAdmin) notFound();
  return user;
}
