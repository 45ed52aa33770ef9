import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="grid-container margin-y-4">
      <div className="usa-prose">
        <h1>Check your email</h1>
        <p>We’ve sent you an email with a link to confirm your email address. The link expires in 1 hour.</p>
        <p>If you cannot find it, check your spam folder.</p>
      </div>
    </div>
  );
}
