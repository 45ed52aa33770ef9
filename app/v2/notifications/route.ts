import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { listNotificationsForApi } from "@/lib/services/notifications/api-reads";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // GET /v2/notifications – the status of many messages, newest first
  GET: apiRoute(async ({ caller, url }) => jsonResponse(await listNotificationsForApi(caller, url), 200)),
});
