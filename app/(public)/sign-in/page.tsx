import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { isLoginGovEnabled } from "@/lib/auth/login-gov";
import { getEnv } from "@/lib/env";
import { LOGIN_GOV_MESSAGES } from "@/lib/services/auth/login-gov";
import { signInWithLoginGovAction } from "./actions";
import { SignInForm } from "./sign-in-form";

/** Why a Login.gov sign-in came back unfinished: our refusal (?login-gov=) or next-auth's (?error=). */
function loginGovProblem(params: Record<string, string | string[] | undefined>): string | null {
  const reason = params["login-gov"];
  if (typeof reason === "string" && reason in LOGIN_GOV_MESSAGES) return LOGIN_GOV_MESSAGES[reason as keyof typeof LOGIN_GOV_MESSAGES];
  if (typeof params.error === "string") return "Signing in with Login.gov did not finish. Try again, or sign in with your email address and password.";
  return null;
}

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const invitation = typeof params.invitation === "string" ? params.invitation : undefined;
  const problem = loginGovProblem(params);
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          {params["signed-out"] ? <Alert type="success" heading="You’ve signed out" /> : null}
          {params["password-changed"] ? <Alert type="success" heading="Your password has been changed">Sign in with your new password.</Alert> : null}
          {problem ? (
            <Alert type="error" heading="You have not been signed in">
              {problem}
            </Alert>
          ) : null}
          <h1>Sign in</h1>
          {isLoginGovEnabled(getEnv()) ? (
            <form action={signInWithLoginGovAction} className="margin-bottom-4">
              {invitation ? <input type="hidden" name="invitation" value={invitation} /> : null}
              <button type="submit" className="usa-button usa-button--outline">
                Sign in with Login.gov
              </button>
              <p className="usa-hint">Or sign in with your email address and password.</p>
            </form>
          ) : null}
          <SignInForm invitation={invitation} />
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
