import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { AppError } from "@/lib/errors";
import { checkResetToken } from "@/lib/services/auth/reset-password";
import { NewPasswordForm } from "./new-password-form";

export const metadata: Metadata = { title: "Create a new password" };
export const dynamic = "force-dynamic";

export default async function NewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let problem: string | null = null;
  try {
    await checkResetToken(token);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.userMessage;
  }
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>Create a new password</h1>
          {problem ? (
            <>
              <Alert type="error" heading="This link cannot be used">
                {problem}
              </Alert>
              <p>
                <Link className="usa-link" href="/forgot-password">
                  Get a new link
                </Link>
              </p>
            </>
          ) : (
            <NewPasswordForm token={token} />
          )}
        </div>
      </div>
    </div>
  );
}
