import type { Metadata } from "next";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgotten your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>Forgotten your password?</h1>
          <p>We’ll send you a link to create a new password.</p>
          <ForgotPasswordForm />
        </div>
      </div>
    </div>
  );
}
