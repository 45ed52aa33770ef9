"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RequiredFieldsNote } from "@/components/uswds/required-fields-note";
import { TextInput } from "@/components/uswds/text-input";
import { registerAction } from "./actions";

export function RegisterForm({ invitation, emailAddress }: { invitation?: string; emailAddress?: string }) {
  return (
    <ActionForm action={registerAction} fieldOrder={["name", "emailAddress", "mobileNumber", "password"]} submitLabel="Create an account">
      {({ error, value }) => (
        <>
          <RequiredFieldsNote />
          {invitation ? <input type="hidden" name="invitation" value={invitation} /> : null}
          <TextInput id="name" label="Full name" autoComplete="name" required error={error("name")} defaultValue={value("name")} />
          <TextInput id="emailAddress" label="Email address" hint="Use your work email address" type="email" autoComplete="email" spellCheck={false} required error={error("emailAddress")} defaultValue={value("emailAddress") ?? emailAddress} />
          <TextInput id="mobileNumber" label="Mobile number" hint="We’ll text you a security code when you sign in. For example, 202-555-0123" type="tel" autoComplete="tel" required error={error("mobileNumber")} defaultValue={value("mobileNumber")} />
          <TextInput id="password" label="Password" hint="At least 8 characters. A few words you’ll remember, like a short sentence, work well." type="password" autoComplete="new-password" required error={error("password")} />
        </>
      )}
    </ActionForm>
  );
}
