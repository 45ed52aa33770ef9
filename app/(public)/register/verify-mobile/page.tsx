import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/auth/code-form";
import { Alert } from "@/components/uswds/alert";
import { getPendingToken } from "@/lib/auth/session";
import { resendMobileCodeAction, verifyMobileAction } from "../actions";

export const metadata: Metadata = { title: "Check your phone" };
export const dynamic = "force-dynamic";

export default async function VerifyMobilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await getPendingToken())) redirect("/sign-in");
  const params = await searchParams;
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          {params.resent ? <Alert type="success" heading="We’ve sent you a new code" /> : null}
          <h1>Check your phone</h1>
          <p>We’ve sent a security code to your mobile number. It expires in 30 minutes.</p>
          <CodeForm action={verifyMobileAction} />
          <form action={resendMobileCodeAction}>
            <button className="usa-button usa-button--unstyled" type="submit">
              Not received a text message? Send a new code
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
