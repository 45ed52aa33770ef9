import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ChangePage } from "../_components/change-page";
import { MobileNumberForm } from "../_components/mobile-number-form";

export const metadata: Metadata = { title: "Change your mobile number" };
export const dynamic = "force-dynamic";

export default async function ChangeMobileNumberPage() {
  await requireUser();
  return (
    <ChangePage title="Change your mobile number">
      <MobileNumberForm />
    </ChangePage>
  );
}
