// GET/POST /api/auth/* – next-auth's own endpoints (session, CSRF token, sign-out, the Login.gov callback).
// Auth.js derives the OAuth redirect URI from the request URL, which must be exactly the one sent in
// the authorization request (and registered with Login.gov). Next's NextRequest rewrites loopback
// hosts such as 127.0.0.1 to "localhost", so the handler gets a plain Request at NOTIFY_BASE_URL's
// origin instead. (next-auth's AUTH_URL would build another NextRequest, so it is left unset.)
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { getEnv } from "@/lib/env";

function atBaseUrl(request: NextRequest): NextRequest {
  const base = new URL(getEnv().NOTIFY_BASE_URL);
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, base);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const init: RequestInit & { duplex?: "half" } = { method: request.method, headers: request.headers, ...(hasBody ? { body: request.body, duplex: "half" } : {}) };
  // A plain Request: Auth.js only needs the standard interface.
  return new Request(url, init) as NextRequest;
}

export const GET = (request: NextRequest) => handlers.GET(atBaseUrl(request));
export const POST = (request: NextRequest) => handlers.POST(atBaseUrl(request));
