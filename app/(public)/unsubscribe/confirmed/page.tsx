import type { Metadata } from "next";
import { UnsubscribeFrame } from "../_components/unsubscribe-frame";

export const metadata: Metadata = { title: "You have unsubscribed", robots: { index: false, follow: false } };

// GET /unsubscribe/confirmed – where the unsubscribe page's button leads once the request is recorded.
export default function UnsubscribeConfirmedPage() {
  return (
    <UnsubscribeFrame title="You have unsubscribed">
      <p>We have told the service that sent you the email that you want to stop getting emails like it.</p>
      <p>It may take the service a few days to take you off its list.</p>
    </UnsubscribeFrame>
  );
}
