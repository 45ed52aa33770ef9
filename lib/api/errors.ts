// Notify's v2 error envelope: {"status_code": 400, "errors": [{"error": "BadRequestError",
// "message": "…"}]}. Expected failures are AppErrors; anything else is logged and answered with a
// bare 500 that reveals nothing.
import { AppError, type AppErrorCode, type AppErrorReason } from "../errors";
import { logger } from "../logger";

type Answer = { status: number; error: string };

// Notify's status and error name for each code (Notify answers auth failures with 403)…
const ANSWERS: Record<AppErrorCode, Answer> = {
  BAD_REQUEST: { status: 400, error: "BadRequestError" },
  UNAUTHORIZED: { status: 403, error: "AuthError" },
  FORBIDDEN: { status: 403, error: "BadRequestError" },
  NOT_FOUND: { status: 404, error: "NoResultFound" },
  CONFLICT: { status: 409, error: "ConflictError" },
  RATE_LIMITED: { status: 429, error: "RateLimitError" },
  VALIDATION: { status: 400, error: "ValidationError" },
  LIMIT_EXCEEDED: { status: 429, error: "TooManyRequestsError" },
  INTERNAL: { status: 500, error: "InternalServerError" },
};

// …and where a reason makes Notify answer otherwise.
const REASON_ANSWERS: Record<AppErrorReason, Partial<Answer>> = {
  "credentials-missing": { status: 401 },
  "idempotency-key-reused": { error: "IdempotencyKeyError" },
  "request-too-large": { status: 413, error: "RequestEntityTooLarge" },
  // Portal downloads only; the API never refuses for it (its reads of notifications are not reports).
  "counts-only-reports": {},
};

/** The HTTP status the API answers an AppError with. */
export function apiStatusFor(error: AppError): number {
  return (error.reason && REASON_ANSWERS[error.reason].status) ?? ANSWERS[error.code].status;
}

export type ApiErrorBody = { status_code: number; errors: { error: string; message: string }[] };

export function apiErrorBody(error: AppError): ApiErrorBody {
  const name = (error.reason && REASON_ANSWERS[error.reason].error) ?? ANSWERS[error.code].error;
  const messages = error.problems?.length ? error.problems : [error.code === "NOT_FOUND" ? "No result found" : error.message];
  return { status_code: apiStatusFor(error), errors: messages.map((message) => ({ error: name, message })) };
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
