"use client";
// Unexpected errors in a page: a plain apology, never a stack trace. The error is logged on the
// server with its digest, which we show so a user can quote it to support.

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="grid-container margin-y-4">
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later.</p>
      {error.digest ? <p className="usa-hint">Reference: {error.digest}</p> : null}
      <button type="button" className="usa-button usa-button--outline" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
