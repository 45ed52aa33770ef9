import { apiRoute, jsonResponse } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { getTemplateForApi } from "@/lib/services/notifications/api-reads";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // GET /v2/template/{template_id} – the latest version of a template
  GET: apiRoute<{ templateId: string }>(async ({ caller, params }) => jsonResponse(await getTemplateForApi(caller, params.templateId), 200)),
});
