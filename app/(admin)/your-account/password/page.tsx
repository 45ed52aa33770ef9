import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ChangePage } from "../_components/change-page";
import { PasswordForm } from "../_components/password-form";

export const metadata: Metadata = { title: "Change your password" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  await requireUser();
  return (
    <ChangePage title="Change your password">
      <PasswordForm />
    </ChangePage>
  );
}
