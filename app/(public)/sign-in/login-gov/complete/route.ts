// GET /sign-in/login-gov/complete – where next-auth sends someone after Login.gov signed them in:
// on to an invitation they opened before signing in, else their services.
import { NextResponse } from "next/server";
import { afterSignInPath } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";

export async function GET(): Promise<NextResponse> {
  return NextResponse.redirect(new URL(await afterSignInPath("/services"), getEnv().NOTIFY_BASE_URL), 303);
}
