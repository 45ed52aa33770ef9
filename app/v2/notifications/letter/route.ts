import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/routing";
import { AppError } from "@/lib/errors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  // POST /v2/notifications/letter – refused: letters are a GOV.UK Notify feature with no US counterpart here
  POST: apiRoute(async () => {
    throw new AppError("BAD_REQUEST", "Service is not allowed to send letters. Letters are not supported by this Notify.");
  }),
});
