// The one way a portal route hands out a CSV: sign-in check, the service call, and the answers a
// download needs – 401 when signed out, a plain 404 for what is missing or hidden (not the 404
// page), and for a report with recipients on a service set to "counts only" a redirect to the page
// that says so (the file is never sent).
import { HIDDEN, isAppErrorWith } from "@/app/_lib/expected-errors";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/services/auth/sessions";
import { isCountsOnlyRefusal } from "@/lib/services/reports/report-downloads";

export type CsvFile = { fileName: string } & ({ csv: string } | { body: ReadableStream<Uint8Array>; length: number });

/** Where a refused recipient-level download goes. */
export const countsOnlyPath = (serviceId: string) => `/services/${serviceId}/reports/counts-only`;

export async function csvDownload(serviceId: string, load: (user: SessionUser) => Promise<CsvFile>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this report", { status: 401 });
  try {
    const file = await load(user);
    const headers: Record<string, string> = { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.fileName}"`, "cache-control": "no-store" };
    if ("csv" in file) return new Response(file.csv, { headers });
    return new Response(file.body, { headers: { ...headers, "content-length": String(file.length) } });
  } catch (error) {
    if (isCountsOnlyRefusal(error)) return new Response(null, { status: 303, headers: { location: countsOnlyPath(serviceId), "cache-control": "no-store" } });
    if (isAppErrorWith(error, HIDDEN)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
