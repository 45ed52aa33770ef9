import { apiRoute, jsonResponse, readJsonBody } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { sendApiNotification } from "@/lib/services/notifications/send-api-notification";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // POST /v2/notifications/email – send one email
  POST: apiRoute(async ({ request, caller }) => {
    const result = await sendApiNotification({ caller, channel: "email", body: await readJsonBody(request), idempotencyKey: request.headers.get("idempotency-key") });
    return jsonResponse(result.body, result.status, result.replayed ? { "idempotent-replayed": "true" } : {});
  }),
});
