"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { changeEmailAddressAction } from "../actions";

export function EmailAddressForm() {
  return (
    <ActionForm action={changeEmailAddressAction} fieldOrder={["emailAddress", "password"]} submitLabel="Continue">
      {({ error, value }) => (
        <>
          <TextInput id="emailAddress" label="New email address" hint="We’ll email a link to this address to check it" type="email" autoComplete="email" spellCheck={false} required error={error("emailAddress")} defaultValue={value("emailAddress")} />
          <TextInput id="password" label="Your password" type="password" autoComplete="current-password" required error={error("password")} />
        </>
      )}
    </ActionForm>
  );
}
