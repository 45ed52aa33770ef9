import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { getNotificationForApi } from "@/lib/services/notifications/api-reads";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // GET /v2/notifications/{notification_id} – one message's status
  GET: apiRoute<{ notificationId: string }>(async ({ caller, params }) => jsonResponse(await getNotificationForApi(caller, params.notificationId), 200)),
});
