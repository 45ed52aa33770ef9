import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { getTemplateForApi } from "@/lib/services/notifications/api-reads";

export const GET = apiRoute<{ templateId: string; version: string }>(async ({ caller, params }) => jsonResponse(await getTemplateForApi(caller, params.templateId, params.version), 200));
