"use client";
// Last resort when the root layout itself fails: it replaces the root layout, so it renders its own
// <html>, title and USWDS styles, and nothing that could fail again (no banner or header).
import "@uswds/uswds/css/uswds.min.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <title>Sorry, there is a problem with the service – Notify</title>
        <main id="main-content" className="grid-container margin-y-5">
          <div className="usa-prose">
            <h1>Sorry, there is a problem with the service</h1>
            <p>Try again later.</p>
            {error.digest ? <p className="usa-hint">Reference: {error.digest}</p> : null}
          </div>
        </main>
      </body>
    </html>
  );
}
