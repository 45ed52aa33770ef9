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

/**
 * The provider refuses this recipient because of its own do-not-send list (an opted-out number):
 * the same outcome as Notify's list refusing it, so delivery can record it as such.
 */
export class RecipientSuppressedError extends ProviderPermanentError {
  override name = "RecipientSuppressedError";
}
