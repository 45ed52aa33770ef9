// Sorts AWS SDK v3 failures into ProviderRetryableError / ProviderPermanentError (GSA aws_ses.py does
// the same for boto). The rule: throttling, server faults, timeouts and network errors may succeed
// later; anything the service rejected as a client fault will be rejected again. Each adapter names
// the client faults that are in fact temporary (account paused, quota) and the ones that are final.
import { ProviderPermanentError, ProviderRetryableError } from "../errors";

/** Error names every AWS service uses for "slow down". */
const THROTTLING = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "SlowDown",
  "RequestThrottled",
  "RequestThrottledException",
  "ProvisionedThroughputExceededException",
]);

/** Node and smithy names for a connection that failed or took too long. */
const NETWORK = new Set(["TimeoutError", "AbortError", "RequestTimeout", "RequestTimeoutException"]);
const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED"]);

type AwsLikeError = {
  name?: string;
  code?: string;
  message?: string;
  $fault?: "client" | "server";
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
  Reason?: string;
};

export type ClassifyOptions = {
  /** Client faults that may succeed later (for example SES SendingPausedException). */
  retryableNames?: ReadonlySet<string>;
};

/**
 * Wraps an SDK error. The message names the AWS error and never includes the request (which holds
 * the recipient and content). Errors that are already classified pass through unchanged.
 */
export function classifyAwsError(error: unknown, operation: string, options: ClassifyOptions = {}): ProviderRetryableError | ProviderPermanentError {
  if (error instanceof ProviderRetryableError || error instanceof ProviderPermanentError) return error;
  const e = (typeof error === "object" && error !== null ? error : { message: String(error) }) as AwsLikeError;
  const name = e.name ?? "Error";
  const status = e.$metadata?.httpStatusCode;
  const reason = e.Reason ? ` (${e.Reason})` : "";
  const summary = `${operation} failed: ${name}${reason}${status ? ` HTTP ${status}` : ""}`;
  const cause = { cause: error };

  if (THROTTLING.has(name) || status === 429 || e.$retryable) return new ProviderRetryableError(`${summary} – throttled`, cause);
  if (NETWORK.has(name) || (e.code && NETWORK_CODES.has(e.code))) return new ProviderRetryableError(`${summary} – network or timeout`, cause);
  if (e.$fault === "server" || (status !== undefined && status >= 500)) return new ProviderRetryableError(`${summary} – provider error`, cause);
  if (options.retryableNames?.has(name)) return new ProviderRetryableError(summary, cause);
  if (e.$fault === "client" || (status !== undefined && status >= 400)) return new ProviderPermanentError(summary, cause);
  // No HTTP response at all: the request never completed, so it is worth another try.
  return new ProviderRetryableError(`${summary} – no response`, cause);
}
