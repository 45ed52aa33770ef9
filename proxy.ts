// Next.js proxy (formerly middleware): gives every page a fresh CSP nonce. Next applies the nonce
// to its own scripts when it finds it in the request's Content-Security-Policy header. Static
// security headers live in next.config.js; this only adds the per-request policy. It also answers a
// form posted from another site with a 403 page (lib/security/cross-site-post.ts), before Next
// refuses it with a 500. A POST to an unsubscribe link (a mail client's one-click request, or the
// unsubscribe page's own form) goes to its route handler: the page and the POST share one URL,
// which Next can't route to a page and a handler at once, and no Origin check applies there (the
// signed link is the credential, and a mail client's POST may come from anywhere).
import { NextResponse, type NextRequest } from "next/server";
import { crossSitePostPage, isCrossSitePost } from "./lib/security/cross-site-post";

/** The identity provider's origin, which the "Sign in with Login.gov" form redirects to (configuration, read once). */
const loginGovOrigin = ((issuer) => {
  try {
    return issuer ? new URL(issuer).origin : null;
  } catch {
    return null;
  }
})(process.env.LOGIN_GOV_ISSUER);

export function buildContentSecurityPolicy(nonce: string, isDev: boolean, isHttps: boolean, formTargets: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${isDev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** /unsubscribe/{notification id}/{token}: the path its POSTs are handled at, else null. */
export function unsubscribePostTarget(method: string, pathname: string, isServerAction: boolean): string | null {
  if (method !== "POST" || isServerAction) return null;
  const match = /^\/unsubscribe\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  return match ? `/api/unsubscribe/${match[1]}/${match[2]}` : null;
}

/** Answers with a policy of their own (an email's HTML in the local outbox), so they get no page CSP. */
const OWN_POLICY = /^\/outbox\/[^/]+\/html$/;

export function proxy(request: NextRequest) {
  const unsubscribe = unsubscribePostTarget(request.method, request.nextUrl.pathname, request.headers.has("next-action"));
  if (unsubscribe) return NextResponse.rewrite(new URL(unsubscribe, request.url));
  if (request.method === "GET" && OWN_POLICY.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = process.env.NODE_ENV === "development";
  const isHttps = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = buildContentSecurityPolicy(nonce, isDev, isHttps, loginGovOrigin ? [loginGovOrigin] : []);
  const crossSite = isCrossSitePost({
    method: request.method,
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
  });
  if (crossSite && !request.nextUrl.pathname.startsWith("/api/")) {
    return new NextResponse(crossSitePostPage(nonce), { status: 403, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "Content-Security-Policy": policy } });
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: the JSON API and health check have no scripts to protect and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|v2/|api/health|email-logos/).*)" }],
};
