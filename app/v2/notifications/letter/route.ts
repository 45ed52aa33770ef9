import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { sendLetterForApi } from "@/lib/services/notifications/letters";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // POST /v2/notifications/letter – refused: letters are not supported
  POST: apiRoute(() => sendLetterForApi()),
});
