import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { listReceivedTextsForApi } from "@/lib/services/notifications/api-reads";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // GET /v2/received-text-messages – texts sent to the service's numbers, newest first
  GET: apiRoute(async ({ caller, url }) => jsonResponse(await listReceivedTextsForApi(caller, url), 200)),
});
