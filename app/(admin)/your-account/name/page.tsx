import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ChangePage } from "../_components/change-page";
import { NameForm } from "../_components/name-form";

export const metadata: Metadata = { title: "Change your name" };
export const dynamic = "force-dynamic";

export default async function ChangeNamePage() {
  const user = await requireUser();
  return (
    <ChangePage title="Change your name">
      <NameForm current={user.name} />
    </ChangePage>
  );
}
