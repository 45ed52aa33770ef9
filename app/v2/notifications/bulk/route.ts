import { apiRoute, jsonResponse, readJsonBody } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { sendBulkForApi } from "@/lib/services/bulk/bulk-api";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // POST /v2/notifications/bulk – send a batch from rows or a CSV
  POST: apiRoute(async ({ request, caller }) => {
    const result = await sendBulkForApi({ caller, body: await readJsonBody(request) });
    return jsonResponse(result.body, result.status);
  }),
});
