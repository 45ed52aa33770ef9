// Letters are a GOV.UK Notify feature with no US counterpart here. The API's letter endpoints stay,
// so a client library calling them gets Notify's refusal as an API error rather than a 404 page.
import { AppError } from "../../errors";
import { LETTERS_NOT_SUPPORTED_MESSAGE } from "../../schemas/api";
import { checkNotificationId } from "./api-reads";

/** POST /v2/notifications/letter: always refused (400 BadRequestError), whatever the body. */
export async function sendLetterForApi(): Promise<never> {
  throw new AppError("BAD_REQUEST", LETTERS_NOT_SUPPORTED_MESSAGE);
}

/**
 * GET /v2/notifications/{id}/pdf: the id is checked as for any notification (ValidationError), then
 * refused as a letter send is, since no notification here is a letter.
 */
export async function getLetterPdfForApi(notificationId: string): Promise<never> {
  checkNotificationId(notificationId);
  throw new AppError("BAD_REQUEST", LETTERS_NOT_SUPPORTED_MESSAGE);
}
