import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeStep } from "@/components/auth/code-step";
import { getPendingToken } from "@/lib/auth/session";
import { resendMobileCodeAction, verifyMobileAction } from "../actions";

export const metadata: Metadata = { title: "Check your phone" };
export const dynamic = "force-dynamic";

export default async function VerifyMobilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await getPendingToken())) redirect("/sign-in");
  return (
    <CodeStep
      heading="Check your phone"
      intro="We’ve sent a security code to your mobile number. It expires in 30 minutes."
      isResent={Boolean((await searchParams).resent)}
      verifyAction={verifyMobileAction}
      resendAction={resendMobileCodeAction}
      resendLabel="Not received a text message? Send a new code"
    />
  );
}
