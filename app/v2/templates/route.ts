import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { listTemplatesForApi } from "@/lib/services/notifications/api-reads";

export const GET = apiRoute(async ({ caller, url }) => jsonResponse(await listTemplatesForApi(caller, url), 200));
