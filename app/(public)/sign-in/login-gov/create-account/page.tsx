import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFlowToken } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { emailForAccountToken } from "@/lib/services/auth/login-gov";
import { CreateLoginGovAccountForm } from "./create-account-form";

export const metadata: Metadata = { title: "Create your account" };
export const dynamic = "force-dynamic";

export default async function CreateLoginGovAccountPage() {
  const token = await getFlowToken("loginGovAccount");
  let emailAddress: string;
  try {
    emailAddress = token ? emailForAccountToken(token) : "";
  } catch (error) {
    if (error instanceof AppError) redirect("/sign-in?login-gov=expired");
    throw error;
  }
  if (!emailAddress) redirect("/sign-in");
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>Create your account</h1>
          <p>
            You’ve been invited to Notify and signed in with Login.gov as <strong>{emailAddress}</strong>. Tell us your name to finish
            creating your account. You’ll sign in with Login.gov from now on.
          </p>
          <CreateLoginGovAccountForm />
        </div>
      </div>
    </div>
  );
}
