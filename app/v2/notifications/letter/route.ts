import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

// Letters are a GOV.UK Notify feature with no US counterpart here.
export const POST = apiRoute(async () => {
  throw new AppError("BAD_REQUEST", "Service is not allowed to send letters. Letters are not supported by this Notify.");
});
