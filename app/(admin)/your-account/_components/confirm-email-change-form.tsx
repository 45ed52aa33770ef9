"use client";
import { ActionForm } from "@/components/auth/action-form";
import { confirmEmailAddressChangeAction } from "../actions";

export function ConfirmEmailChangeForm({ token }: { token: string }) {
  return (
    <ActionForm action={confirmEmailAddressChangeAction} fieldOrder={[]} submitLabel="Use this email address">
      {() => <input type="hidden" name="token" value={token} />}
    </ActionForm>
  );
}
