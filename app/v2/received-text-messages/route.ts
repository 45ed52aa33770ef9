import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { listReceivedTextsForApi } from "@/lib/services/notifications/api-reads";

export const GET = apiRoute(async ({ caller, url }) => jsonResponse(await listReceivedTextsForApi(caller, url), 200));
