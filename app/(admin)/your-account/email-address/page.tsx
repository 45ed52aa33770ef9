import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ChangePage } from "../_components/change-page";
import { EmailAddressForm } from "../_components/email-address-form";

export const metadata: Metadata = { title: "Change your email address" };
export const dynamic = "force-dynamic";

export default async function ChangeEmailAddressPage() {
  await requireUser();
  return (
    <ChangePage title="Change your email address">
      <EmailAddressForm />
    </ChangePage>
  );
}
