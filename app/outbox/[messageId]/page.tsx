import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/uswds/back-link";
import { findLocalOutboxEmailHtml } from "@/lib/services/operations/list-outbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Email in the local outbox" };

// One email from the local outbox with its HTML part shown in a sandboxed frame (scripts, forms and
// navigation blocked; the frame's own policy comes from ./html/route.ts).
export default async function OutboxEmailPage({ params }: { params: Promise<{ messageId: string }> }) {
  const { messageId } = await params;
  const email = await findLocalOutboxEmailHtml(messageId);
  if (!email) notFound();
  return (
    <div className="grid-container margin-y-4">
      <BackLink href="/outbox">Back to the local outbox</BackLink>
      <h1 className="margin-top-0">Email in the local outbox</h1>
      <dl>
        <div>
          <dt className="display-inline text-bold">To: </dt>
          <dd className="display-inline margin-0">{email.to}</dd>
        </div>
        <div>
          <dt className="display-inline text-bold">Subject: </dt>
          <dd className="display-inline margin-0">{email.subject}</dd>
        </div>
        <div>
          <dt className="display-inline text-bold">Sent: </dt>
          <dd className="display-inline margin-0">
            <time dateTime={email.createdAt.toISOString()}>{email.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
          </dd>
        </div>
      </dl>
      <h2>The email’s HTML, as a mail client shows it</h2>
      <iframe className="outbox-email-frame" title={`HTML of the email: ${email.subject ?? ""}`} src={`/outbox/${email.id}/html`} sandbox="" />
    </div>
  );
}
