import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { clientAddress } from "@/app/_lib/client-address";
import { Button } from "@/components/uswds/button";
import { checkUnsubscribeLink } from "@/lib/services/unsubscribe/unsubscribe-requests";
import { UnsubscribeFrame, UnsubscribeLinkNotValid } from "../../_components/unsubscribe-frame";

type Params = { params: Promise<{ notificationId: string; token: string }> };

export const dynamic = "force-dynamic";
/** Checked once per request (the title and the page both need it; each check counts against the rate limit). */
const checkLink = cache(async (notificationId: string, token: string) => checkUnsubscribeLink({ notificationId, token, clientKey: clientAddress(await headers()) }));

// A link from an email: kept out of search engines, and no token in the Referer of links from it.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { notificationId, token } = await params;
  const title = (await checkLink(notificationId, token)) === "valid" ? "Unsubscribe from these emails" : "This unsubscribe link is not valid";
  return { title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// GET /unsubscribe/{notificationId}/{token} – asks the recipient to confirm. A GET never
// unsubscribes: link scanners and mail previews open links without anyone asking to. The button
// posts to this same URL (handled by app/api/unsubscribe/…/route.ts, see proxy.ts), with no JavaScript.
export default async function UnsubscribePage({ params }: Params) {
  const { notificationId, token } = await params;
  if ((await checkLink(notificationId, token)) === "invalid") return <UnsubscribeLinkNotValid />;
  return (
    <UnsubscribeFrame title="Unsubscribe from these emails">
      <p>If you unsubscribe, the service that sent you this email will be asked to stop sending you emails like it.</p>
      <form method="post" action={`/unsubscribe/${encodeURIComponent(notificationId)}/${encodeURIComponent(token)}`}>
        <input type="hidden" name="confirm" value="page" />
        <Button>Unsubscribe</Button>
      </form>
      <p>If you don’t want to unsubscribe, you can close this page. Nothing has changed yet.</p>
    </UnsubscribeFrame>
  );
}
