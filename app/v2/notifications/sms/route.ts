import { apiRoute, jsonResponse, readJsonBody } from "@/lib/api/handler";
import { sendApiNotification } from "@/lib/services/notifications/send-api-notification";

export const POST = apiRoute(async ({ request, caller }) => {
  const result = await sendApiNotification({ caller, channel: "sms", body: await readJsonBody(request), idempotencyKey: request.headers.get("idempotency-key") });
  return jsonResponse(result.body, result.status, result.replayed ? { "idempotent-replayed": "true" } : {});
});
