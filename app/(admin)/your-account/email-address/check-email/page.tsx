import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ChangePage } from "../../_components/change-page";

export const metadata: Metadata = { title: "Check your new email address" };
export const dynamic = "force-dynamic";

export default async function CheckNewEmailPage() {
  await requireUser();
  return (
    <ChangePage title="Check your new email address">
      <p>We’ve sent a link to your new email address. Your email address will change when you follow the link. It expires in 1 hour.</p>
    </ChangePage>
  );
}
