import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { getTemplateForApi } from "@/lib/services/notifications/api-reads";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // GET /v2/template/{template_id}/version/{version} – a template as it was at that version
  GET: apiRoute<{ templateId: string; version: string }>(async ({ caller, params }) => jsonResponse(await getTemplateForApi(caller, params.templateId, params.version), 200)),
});
