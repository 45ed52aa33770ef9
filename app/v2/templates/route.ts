import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { listTemplatesForApi } from "@/lib/services/api/reads";

export const GET = apiRoute(async ({ caller, url }) => jsonResponse(await listTemplatesForApi(caller, url), 200));
