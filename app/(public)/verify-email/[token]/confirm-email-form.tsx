"use client";
import { ActionForm } from "@/components/auth/action-form";
import { confirmEmailAction } from "../../register/actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  return (
    <ActionForm action={confirmEmailAction} fieldOrder={[]} submitLabel="Confirm email address">
      {() => <input type="hidden" name="token" value={token} />}
    </ActionForm>
  );
}
