import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

export default function ForgotPasswordCheckEmailPage() {
  return (
    <div className="grid-container margin-y-4">
      <div className="usa-prose">
        <h1>Check your email</h1>
        <p>If there is a Notify account for that email address, we’ve sent it a link to create a new password. The link expires in 1 hour.</p>
      </div>
    </div>
  );
}
