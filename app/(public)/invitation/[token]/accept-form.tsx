"use client";
import { ActionForm } from "@/components/auth/action-form";
import { acceptInviteAction } from "./actions";

export function AcceptInviteForm({ token }: { token: string }) {
  return (
    <ActionForm action={acceptInviteAction} fieldOrder={[]} submitLabel="Accept invitation">
      {() => <input type="hidden" name="token" value={token} />}
    </ActionForm>
  );
}
