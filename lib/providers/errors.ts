// Provider adapters sort every failure into one of these two, so tasks know what to do:
// retryable → rethrow and let the worker back off; permanent → record the failure, don't retry.

/** Throttling, 5xx, timeouts, network errors: try again later. */
export class ProviderRetryableError extends Error {
  override name = "ProviderRetryableError";
}

/** The provider will never accept this message (bad address, opted-out number, rejected content). */
export class ProviderPermanentError extends Error {
  override name = "ProviderPermanentError";
}
