import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeStep } from "@/components/auth/code-step";
import { getPendingToken } from "@/lib/auth/session";
import { resendSignInCodeAction, verifySignInCodeAction } from "../actions";

export const metadata: Metadata = { title: "Check your phone or email" };
export const dynamic = "force-dynamic";

export default async function SignInCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await getPendingToken())) redirect("/sign-in");
  return (
    <CodeStep
      heading="Check your phone or email"
      intro="We’ve sent you a security code by text message or email, depending on how you chose to get codes. It expires in 30 minutes."
      isResent={Boolean((await searchParams).resent)}
      verifyAction={verifySignInCodeAction}
      resendAction={resendSignInCodeAction}
      resendLabel="Not received a code? Send a new one"
    />
  );
}
