import { clientAddress } from "@/app/_lib/client-address";
import { AppError } from "@/lib/errors";
import { unsubscribePostSchema } from "@/lib/schemas/unsubscribe";
import { recordUnsubscribeRequest } from "@/lib/services/unsubscribe/unsubscribe-requests";

export const dynamic = "force-dynamic";

const NOT_VALID = "This unsubscribe link is not valid.";

function text(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } });
}

// POST /unsubscribe/{notificationId}/{token} – one-click unsubscribe (RFC 8058) and the unsubscribe
// page's confirm button. proxy.ts rewrites that public URL's POSTs here; GETs are the page.
export async function POST(request: Request, { params }: { params: Promise<{ notificationId: string; token: string }> }) {
  const { notificationId, token } = await params;
  const form = await request.formData().catch(() => null);
  const parsed = unsubscribePostSchema.safeParse(form ? Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""])) : {});
  if (!parsed.success) return text(parsed.error.issues[0]?.message ?? "Bad request", 400);
  try {
    const outcome = await recordUnsubscribeRequest({ notificationId, token, clientKey: clientAddress(request.headers) });
    if (parsed.data.source === "page") {
      // Back to the page (which then says the link is not valid), or on to the confirmation.
      const to = outcome === "recorded" ? "/unsubscribe/confirmed" : `/unsubscribe/${encodeURIComponent(notificationId)}/${encodeURIComponent(token)}`;
      return new Response(null, { status: 303, headers: { location: to, "cache-control": "no-store" } });
    }
    return outcome === "recorded" ? text("Unsubscribed.", 200) : text(NOT_VALID, 404);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") return text(error.userMessage, 429, { "retry-after": "60" });
    throw error;
  }
}
