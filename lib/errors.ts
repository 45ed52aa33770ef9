// The one error class for expected failures. Services throw AppError; the API maps it to Notify's
// error envelope, forms map it to FormState. Anything that is not an AppError is a bug (500).

export const APP_ERROR_CODES = [
  /** The request is malformed or breaks a rule (Notify's BadRequestError). */
  "BAD_REQUEST",
  /** No or bad credentials. */
  "UNAUTHORIZED",
  /** Signed in, but not allowed to do this. */
  "FORBIDDEN",
  /** The thing does not exist, or belongs to another service. */
  "NOT_FOUND",
  /** A unique rule was broken (e.g. a name already in use). */
  "CONFLICT",
  /** Too many requests in the window (Notify's RateLimitError). */
  "RATE_LIMITED",
  /** Input failed validation; fieldErrors says where. */
  "VALIDATION",
  /** A daily or total sending limit would be passed (Notify's TooManyRequestsError). */
  "LIMIT_EXCEEDED",
  /** Something went wrong on our side. */
  "INTERNAL",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  VALIDATION: 400,
  LIMIT_EXCEEDED: 429,
  INTERNAL: 500,
};

/** The HTTP status Notify's API answers with for each code (Notify uses 403 for auth failures). */
export function statusFor(code: AppErrorCode): number {
  return STATUS[code];
}

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  /** Safe to show to a person; defaults to the message. */
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string>;
  /** For the API: Notify's error name (e.g. "AuthError") when it isn't the code's usual one. */
  readonly apiError?: string;
  /** For the API: the HTTP status when it isn't the code's usual one (e.g. 401 for a missing token). */
  readonly httpStatus?: number;
  /** For the API: every problem found, each reported as its own entry in Notify's `errors` list. */
  readonly apiMessages?: readonly string[];

  constructor(
    code: AppErrorCode,
    message: string,
    options: { userMessage?: string; fieldErrors?: Record<string, string>; cause?: unknown; apiError?: string; httpStatus?: number; apiMessages?: readonly string[] } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.userMessage = options.userMessage ?? message;
    this.fieldErrors = options.fieldErrors;
    this.apiError = options.apiError;
    this.httpStatus = options.httpStatus;
    this.apiMessages = options.apiMessages;
  }
}
