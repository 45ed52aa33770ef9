"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { newPasswordAction } from "../../forgot-password/actions";

export function NewPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={newPasswordAction} fieldOrder={["password"]} submitLabel="Save password">
      {({ error }) => (
        <>
          <input type="hidden" name="token" value={token} />
          <TextInput id="password" label="New password" hint="At least 8 characters" type="password" autoComplete="new-password" required error={error("password")} />
        </>
      )}
    </ActionForm>
  );
}
