"use client";
// Unexpected errors in a page: a plain apology, never a stack trace or the error's message (which
// may hold internal details). The server logs the error with its digest; we show the digest so a
// user can quote it to support.

export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="grid-container margin-y-5">
      <div className="usa-prose">
        <h1>Sorry, there is a problem with the service</h1>
        <p>Try again later.</p>
        {error.digest ? <p className="usa-hint">Reference: {error.digest}</p> : null}
        <p>
          <a className="usa-link" href="/">
            Go to the Notify home page
          </a>
        </p>
      </div>
    </div>
  );
}
