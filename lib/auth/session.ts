// Who is signed in, for pages and server actions (Next-only). Pages call requireUser(); it checks
// the server-side session every time (never trust the layout or the cookie alone).
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser, type SessionUser } from "../services/auth/sessions";
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

/** The token linking the password step to the code step (HttpOnly, 30 minutes, this site only). */
const PENDING_COOKIE = "notify_pending_sign_in";

export async function setPendingToken(token: string): Promise<void> {
  const store = await cookies();
  store.set(PENDING_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: process.env.NOTIFY_BASE_URL?.startsWith("https:") ?? false, path: "/", maxAge: 30 * 60 });
}

export async function getPendingToken(): Promise<string | undefined> {
  return (await cookies()).get(PENDING_COOKIE)?.value;
}

export async function clearPendingToken(): Promise<void> {
  (await cookies()).delete(PENDING_COOKIE);
}
