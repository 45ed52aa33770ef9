// GET /outbox/<id>/html – one local outbox email's HTML part, as its recipient's mail client would
// get it. The HTML is the app's own render, but it is still shown as untrusted: a sandbox with no
// scripts, no forms and no plugins, images and inline styles only, framed only by the outbox page.
// 404 when the outbox is off (AWS providers) or there is no such email.
import { findLocalOutboxEmailHtml } from "@/lib/services/operations/list-outbox";

export const dynamic = "force-dynamic";

const EMAIL_HTML_POLICY = "default-src 'none'; img-src 'self' http: https: data:; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";

export async function GET(_request: Request, { params }: { params: Promise<{ messageId: string }> }) {
  const { messageId } = await params;
  const email = await findLocalOutboxEmailHtml(messageId);
  if (!email) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  return new Response(email.htmlBody, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": EMAIL_HTML_POLICY,
      "x-frame-options": "SAMEORIGIN",
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
