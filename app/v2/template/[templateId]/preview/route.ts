import { apiRoute, jsonResponse, readJsonBody } from "@/lib/api/handler";
import { previewTemplateForApi } from "@/lib/services/notifications/api-reads";

export const POST = apiRoute<{ templateId: string }>(async ({ request, caller, params }) => jsonResponse(await previewTemplateForApi(caller, params.templateId, await readJsonBody(request)), 200));
