import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/services/auth/profile";
import { ChangePage } from "../_components/change-page";
import { SecurityCodeMethodForm } from "../_components/security-code-method-form";

export const metadata: Metadata = { title: "Change how you get security codes" };
export const dynamic = "force-dynamic";

export default async function SecurityCodeMethodPage() {
  const user = await requireUser();
  const profile = await getProfile(user.userId);
  return (
    <ChangePage title="Change how you get security codes">
      <SecurityCodeMethodForm current={profile.authType === "email_auth" ? "email" : "sms"} />
    </ChangePage>
  );
}
