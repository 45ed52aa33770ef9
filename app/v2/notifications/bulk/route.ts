import { apiRoute, jsonResponse, readJsonBody } from "@/lib/api/handler";
import { sendBulkForApi } from "@/lib/services/bulk/bulk-api";

export const POST = apiRoute(async ({ request, caller }) => {
  const result = await sendBulkForApi({ caller, body: await readJsonBody(request) });
  return jsonResponse(result.body, result.status);
});
