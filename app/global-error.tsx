"use client";
// Last resort when the root layout itself fails: renders its own <html> without the page frame.

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main id="main-content">
          <h1>Sorry, there is a problem with the service</h1>
          <p>Try again later.</p>
          {error.digest ? <p>Reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
