// The one error class for expected failures. Services throw AppError; the API maps it to Notify's
// error envelope (lib/api/errors.ts), forms map it to FormState. Anything that is not an AppError is
// a bug (500). It says what went wrong, never how a transport should answer.

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

/**
 * A finer point than the code, for callers that answer differently (the API's error names and
 * statuses follow Notify's, lib/api/errors.ts).
 */
export type AppErrorReason =
  /** No credentials of the expected kind were given (none at all, or not a bearer token), rather than wrong ones. */
  | "credentials-missing"
  /** An idempotency key was used again with a different request. */
  | "idempotency-key-reused"
  /** The request is larger than accepted. */
  | "request-too-large"
  /** A recipient-level report was asked for, but the service lets its members download counts only. */
  | "counts-only-reports";

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  /** Safe to show to a person; defaults to the message. */
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string>;
  /** Every problem found when there are several (the API lists each one; the message is the first). */
  readonly problems?: readonly string[];
  readonly reason?: AppErrorReason;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { userMessage?: string; fieldErrors?: Record<string, string>; cause?: unknown; problems?: readonly string[]; reason?: AppErrorReason } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.userMessage = options.userMessage ?? message;
    this.fieldErrors = options.fieldErrors;
    this.problems = options.problems;
    this.reason = options.reason;
  }
}
