import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { getNotificationForApi } from "@/lib/services/notifications/api-reads";

export const GET = apiRoute<{ notificationId: string }>(async ({ caller, params }) => jsonResponse(await getNotificationForApi(caller, params.notificationId), 200));
