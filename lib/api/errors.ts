// Notify's v2 error envelope: {"status_code": 400, "errors": [{"error": "BadRequestError",
// "message": "…"}]}. Expected failures are AppErrors; anything else is logged and answered with a
// bare 500 that reveals nothing.
import { AppError, statusFor, type AppErrorCode } from "../errors";
import { logger } from "../logger";

const ERROR_NAMES: Record<AppErrorCode, string> = {
  BAD_REQUEST: "BadRequestError",
  UNAUTHORIZED: "AuthError",
  FORBIDDEN: "BadRequestError",
  NOT_FOUND: "NoResultFound",
  CONFLICT: "ConflictError",
  RATE_LIMITED: "RateLimitError",
  VALIDATION: "ValidationError",
  LIMIT_EXCEEDED: "TooManyRequestsError",
  INTERNAL: "InternalServerError",
};

export type ApiErrorBody = { status_code: number; errors: { error: string; message: string }[] };

export function apiErrorBody(error: AppError): ApiErrorBody {
  const status = error.httpStatus ?? statusFor(error.code);
  const name = error.apiError ?? ERROR_NAMES[error.code];
  const messages = error.apiMessages?.length ? error.apiMessages : [error.code === "NOT_FOUND" && !error.apiError ? "No result found" : error.message];
  return { status_code: status, errors: messages.map((message) => ({ error: name, message })) };
}

export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store", ...headers } });
}

export function apiErrorResponse(error: unknown, headers: Record<string, string> = {}): Response {
  if (error instanceof AppError) {
    const body = apiErrorBody(error);
    return jsonResponse(body, body.status_code, headers);
  }
  logger.error({ err: error }, "unexpected error in the API");
  return jsonResponse({ status_code: 500, errors: [{ error: "InternalServerError", message: "Internal server error" }] }, 500, headers);
}
