import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { listTemplatesForApi } from "@/lib/services/notifications/api-reads";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // GET /v2/templates – the service's templates
  GET: apiRoute(async ({ caller, url }) => jsonResponse(await listTemplatesForApi(caller, url), 200)),
});
