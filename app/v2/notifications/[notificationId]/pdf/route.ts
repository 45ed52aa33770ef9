import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { getLetterPdfForApi } from "@/lib/services/notifications/letters";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // GET /v2/notifications/{notification_id}/pdf – a letter's PDF; refused: letters are not supported
  GET: apiRoute<{ notificationId: string }>(({ params }) => getLetterPdfForApi(params.notificationId)),
});
