import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/auth/code-form";
import { Alert } from "@/components/uswds/alert";
import { getPendingToken } from "@/lib/auth/session";
import { resendSignInCodeAction, verifySignInCodeAction } from "../actions";

export const metadata: Metadata = { title: "Check your phone or email" };
export const dynamic = "force-dynamic";

export default async function SignInCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await getPendingToken())) redirect("/sign-in");
  const params = await searchParams;
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          {params.resent ? <Alert type="success" heading="We’ve sent you a new code" /> : null}
          <h1>Check your phone or email</h1>
          <p>We’ve sent you a security code by text message or email, depending on how you chose to get codes. It expires in 30 minutes.</p>
          <CodeForm action={verifySignInCodeAction} />
          <form action={resendSignInCodeAction}>
            <button className="usa-button usa-button--unstyled" type="submit">
              Not received a code? Send a new one
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
