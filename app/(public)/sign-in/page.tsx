import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          {params["signed-out"] ? <Alert type="success" heading="You’ve signed out" /> : null}
          {params["password-changed"] ? <Alert type="success" heading="Your password has been changed">Sign in with your new password.</Alert> : null}
          <h1>Sign in</h1>
          <SignInForm invitation={typeof params.invitation === "string" ? params.invitation : undefined} />
          <p>
            <Link className="usa-link" href="/forgot-password">
              Forgotten your password?
            </Link>
          </p>
          <p>
            If you do not have an account, you can{" "}
            <Link className="usa-link" href="/register">
              create one now
            </Link>
            .
          </p>
        </div>
      </div>
    </div>
  );
}
