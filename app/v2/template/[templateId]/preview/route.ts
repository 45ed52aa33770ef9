import { apiRoute, jsonResponse, readJsonBody } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { previewTemplateForApi } from "@/lib/services/notifications/api-reads";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // POST /v2/template/{template_id}/preview – the message a template makes, without sending it
  POST: apiRoute<{ templateId: string }>(async ({ request, caller, params }) => jsonResponse(await previewTemplateForApi(caller, params.templateId, await readJsonBody(request)), 200)),
});
