// Who is signed in, for pages and server actions (Next-only). Pages call requireUser(); it checks
// the server-side session every time (never trust the layout or the cookie alone).
import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { UiPermission } from "../domain/permissions";
import { AppError } from "../errors";
import { getSessionUser, type SessionUser } from "../services/auth/sessions";
import { requireServiceAccess, type ServiceAccess } from "../services/service/service-access";
import { auth } from "./config";

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return getSessionUser(session?.sessionToken);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** Short-lived signed tokens that carry a two-step journey (HttpOnly, 30 minutes, this site only). */
const FLOW_COOKIES = { signIn: "notify_pending_sign_in", changeMobile: "notify_change_mobile", invite: "notify_invitation", loginGovAccount: "notify_login_gov_account" } as const;
type Flow = keyof typeof FLOW_COOKIES;

export async function setFlowToken(flow: Flow, token: string): Promise<void> {
  const store = await cookies();
  store.set(FLOW_COOKIES[flow], token, { httpOnly: true, sameSite: "lax", secure: process.env.NOTIFY_BASE_URL?.startsWith("https:") ?? false, path: "/", maxAge: 30 * 60 });
}

export async function getFlowToken(flow: Flow): Promise<string | undefined> {
  return (await cookies()).get(FLOW_COOKIES[flow])?.value;
}

export async function clearFlowToken(flow: Flow): Promise<void> {
  (await cookies()).delete(FLOW_COOKIES[flow]);
}

/** Remembers an invitation link opened while signed out, to return to it after signing in. */
export async function rememberInvitation(token: unknown): Promise<void> {
  if (typeof token === "string" && /^[A-Za-z0-9._-]{10,2000}$/.test(token)) await setFlowToken("invite", token);
}

/** Where to go after signing in: the remembered invitation, else the services list. */
export async function afterSignInPath(fallback: string): Promise<string> {
  const invitation = await getFlowToken("invite");
  if (!invitation) return fallback;
  await clearFlowToken("invite");
  return `/invitation/${invitation}`;
}

/** The password step → code step token for signing in (and for verifying a new account's mobile). */
export const setPendingToken = (token: string) => setFlowToken("signIn", token);
export const getPendingToken = () => getFlowToken("signIn");
export const clearPendingToken = () => clearFlowToken("signIn");

/**
 * For service pages: the signed-in user's access to `serviceId`, or the 404 page when they are not
 * a member (so other services' existence isn't revealed). Pages call this themselves, never only a layout.
 */
export async function requireServicePage(serviceId: string, permission?: UiPermission): Promise<ServiceAccess & { user: SessionUser }> {
  const user = await requireUser();
  try {
    return { ...(await requireServiceAccess({ actor: user, serviceId, permission })), user };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
