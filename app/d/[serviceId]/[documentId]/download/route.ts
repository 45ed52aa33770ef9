// The bytes of a file sent by email. GET with ?key= for a file that needs no confirmation; POST
// (the confirmation form: key, emailAddress) for one that does. Anything not right is a redirect
// to the one "not available" page, whatever the reason.
import { NextResponse, type NextRequest } from "next/server";
import { attachmentDisposition, downloadDocument, type DownloadedFile } from "@/lib/services/documents/download";

type Context = { params: Promise<{ serviceId: string; documentId: string }> };

/** The address of the client as the nearest proxy saw it (the last X-Forwarded-For hop), for rate limiting. */
function clientAddress(request: NextRequest): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return hops.at(-1) ?? "unknown";
}

/**
 * A relative redirect: behind a proxy the request's own origin may not be the public one, and a form
 * redirected to another origin is stopped by the page's CSP (form-action 'self').
 */
function notAvailable(): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: "/d/not-available", "cache-control": "no-store" } });
}

function fileResponse(file: DownloadedFile): NextResponse {
  return new NextResponse(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.bytes.length),
      "content-disposition": attachmentDisposition(file.filename),
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}

// GET /d/{serviceId}/{documentId}/download?key=… – a file that needs no confirmation
export async function GET(request: NextRequest, { params }: Context) {
  const { serviceId, documentId } = await params;
  const file = await downloadDocument({ serviceId, documentId, key: request.nextUrl.searchParams.get("key") ?? "" }, { clientAddress: clientAddress(request) });
  return file ? fileResponse(file) : notAvailable();
}

// POST /d/{serviceId}/{documentId}/download – the confirmation form (key, emailAddress)
export async function POST(request: NextRequest, { params }: Context) {
  const { serviceId, documentId } = await params;
  const form = await request.formData().catch(() => null);
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value : "";
  };
  const file = await downloadDocument({ serviceId, documentId, key: field("key") }, { clientAddress: clientAddress(request), emailAddress: field("emailAddress").slice(0, 320) });
  return file ? fileResponse(file) : notAvailable();
}
