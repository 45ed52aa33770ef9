import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { listNotificationsForApi } from "@/lib/services/notifications/api-reads";

export const GET = apiRoute(async ({ caller, url }) => jsonResponse(await listNotificationsForApi(caller, url), 200));
