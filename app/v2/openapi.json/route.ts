import { jsonResponse } from "@/lib/api/errors";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { routeMethods } from "@/lib/api/routing";
import { getEnv } from "@/lib/env";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // GET /v2/openapi.json – the API's OpenAPI 3.1 document (public, no authentication)
  GET: () => jsonResponse(buildOpenApiDocument(getEnv().NOTIFY_BASE_URL), 200, { "cache-control": "public, max-age=300" }),
});
