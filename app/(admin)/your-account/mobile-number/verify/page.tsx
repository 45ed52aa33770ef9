import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/auth/code-form";
import { getFlowToken, requireUser } from "@/lib/auth/session";
import { verifyNewMobileNumberAction } from "../../actions";
import { ChangePage } from "../../_components/change-page";

export const metadata: Metadata = { title: "Check your new phone" };
export const dynamic = "force-dynamic";

export default async function VerifyNewMobileNumberPage() {
  await requireUser();
  if (!(await getFlowToken("changeMobile"))) redirect("/your-account/mobile-number");
  return (
    <ChangePage title="Check your new phone">
      <p>We’ve sent a security code to your new mobile number. It expires in 30 minutes.</p>
      <CodeForm action={verifyNewMobileNumberAction} />
    </ChangePage>
  );
}
