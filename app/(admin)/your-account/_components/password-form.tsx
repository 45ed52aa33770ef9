"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { changePasswordAction } from "../actions";

export function PasswordForm() {
  return (
    <ActionForm action={changePasswordAction} fieldOrder={["currentPassword", "password"]} submitLabel="Save">
      {({ error }) => (
        <>
          <TextInput id="currentPassword" label="Current password" type="password" autoComplete="current-password" required error={error("currentPassword")} />
          <TextInput id="password" label="New password" hint="At least 8 characters. You’ll stay signed in here and be signed out everywhere else." type="password" autoComplete="new-password" required error={error("password")} />
        </>
      )}
    </ActionForm>
  );
}
