// The API's OpenAPI 3.1 document (public, no authentication).
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { jsonResponse } from "@/lib/api/errors";
import { getEnv } from "@/lib/env";

export function GET(): Response {
  return jsonResponse(buildOpenApiDocument(getEnv().NOTIFY_BASE_URL), 200, { "cache-control": "public, max-age=300" });
}
