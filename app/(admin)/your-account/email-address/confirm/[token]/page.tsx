import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ChangePage } from "../../../_components/change-page";
import { ConfirmEmailChangeForm } from "../../../_components/confirm-email-change-form";

export const metadata: Metadata = { title: "Confirm your new email address" };
export const dynamic = "force-dynamic";

export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  await requireUser();
  const { token } = await params;
  return (
    <ChangePage title="Confirm your new email address">
      <p>Use this email address to sign in to Notify and to get emails from Notify.</p>
      <ConfirmEmailChangeForm token={token.slice(0, 2000)} />
    </ChangePage>
  );
}
