"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  return (
    <ActionForm action={forgotPasswordAction} fieldOrder={["emailAddress"]} submitLabel="Send me a link">
      {({ error, value }) => (
        <TextInput id="emailAddress" label="Email address" type="email" autoComplete="email" spellCheck={false} required error={error("emailAddress")} defaultValue={value("emailAddress")} />
      )}
    </ActionForm>
  );
}
