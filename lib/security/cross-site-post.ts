// A form posted to the portal from another site. Next.js refuses a server action whose Origin isn't
// the host it was sent to, but by throwing, which answers 500 with an error digest. The proxy
// checks first, the same way (Origin's host against X-Forwarded-Host, else Host), and answers 403
// with a page that says what happened. Posts without an Origin (old clients, AWS's SNS calls to
// /api) are left alone, as Next leaves them.

export type PostHeaders = { method: string; origin: string | null; host: string | null; forwardedHost: string | null };

export function isCrossSitePost({ method, origin, host, forwardedHost }: PostHeaders): boolean {
  if (method !== "POST" || origin === null) return false;
  const expected = (forwardedHost ?? host ?? "").split(",")[0]?.trim().toLowerCase();
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true; // "null" (a sandboxed or opaque page) or anything unreadable
  }
  return !expected || originHost !== expected;
}

/** The 403 page: self-contained (the app's styles are Next's, and this never reaches Next). */
export function crossSitePostPage(nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Form sent from another site – Notify</title>
<style nonce="${nonce}">body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;line-height:1.5;color:#1b1b1b}a{color:#005ea2}</style>
</head>
<body>
<main>
<h1>Form sent from another site</h1>
<p>Notify did not accept this form because it was sent from a page on another website. Nothing has been changed.</p>
<p>If you were filling in a form on Notify, <a href="/">go back to Notify</a> and try again from there.</p>
</main>
</body>
</html>
`;
}
