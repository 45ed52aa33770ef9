import type { Metadata } from "next";
import { ConfirmEmailForm } from "./confirm-email-form";

export const metadata: Metadata = { title: "Confirm your email address" };
export const dynamic = "force-dynamic";

// The emailed link lands here; confirming is a button (a POST) so link scanners can't use the link.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="grid-container margin-y-4">
      <h1>Confirm your email address</h1>
      <p>Confirm this is your email address. We’ll then send a security code to your mobile number.</p>
      <ConfirmEmailForm token={token.slice(0, 2000)} />
    </div>
  );
}
