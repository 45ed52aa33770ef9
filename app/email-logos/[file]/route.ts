// GET /email-logos/<sha-256>.<png|jpg> – an email branding logo, public: email clients (and their
// image proxies) fetch it without signing in. The name is the hash of the bytes, so the answer can
// be cached for a year; it is served only as the image type its bytes were checked to be, with
// nosniff, and a policy that stops it running anything if opened directly.
import { readPublicLogo } from "@/lib/services/email-branding/logos";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const logo = await readPublicLogo(file);
  if (!logo) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  return new Response(new Uint8Array(logo.body), {
    headers: {
      "content-type": logo.contentType,
      "content-length": String(logo.body.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      // Webmail shows images on its own origin: this one may be embedded anywhere.
      "cross-origin-resource-policy": "cross-origin",
    },
  });
}
