import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { getTemplateForApi } from "@/lib/services/notifications/api-reads";

export const GET = apiRoute<{ templateId: string }>(async ({ caller, params }) => jsonResponse(await getTemplateForApi(caller, params.templateId), 200));
