import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { describeInvite } from "@/lib/services/invites/invites";
import { AcceptInviteForm } from "./accept-form";

export const metadata: Metadata = { title: "Your invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let invite: Awaited<ReturnType<typeof describeInvite>> | null = null;
  let problem: string | null = null;
  try {
    invite = await describeInvite(token);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.userMessage;
  }
  const user = await getCurrentUser();
  return (
    <div className="grid-container margin-y-4">
      <h1>Your invitation</h1>
      {problem || !invite ? (
        <Alert type="error" heading="This invitation cannot be used">
          {problem}
        </Alert>
      ) : (
        <>
          <p>
            {invite.fromUserName} has invited you to join <strong>{invite.serviceName}</strong> on Notify.
          </p>
          {user ? (
            <AcceptInviteForm token={token} />
          ) : (
            <p>
              To accept, <Link className="usa-link" href={`/sign-in?invitation=${encodeURIComponent(token)}`}>sign in</Link> or{" "}
              <Link className="usa-link" href={`/register?invitation=${encodeURIComponent(token)}&email=${encodeURIComponent(invite.emailAddress)}`}>
                create an account
              </Link>{" "}
              with {invite.emailAddress}. You’ll come back here afterwards.
            </p>
          )}
        </>
      )}
    </div>
  );
}
