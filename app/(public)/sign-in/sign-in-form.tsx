"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { signInAction } from "./actions";

export function SignInForm({ invitation }: { invitation?: string }) {
  return (
    <ActionForm action={signInAction} fieldOrder={["emailAddress", "password"]} submitLabel="Continue">
      {({ error, value }) => (
        <>
          {invitation ? <input type="hidden" name="invitation" value={invitation} /> : null}
          <TextInput id="emailAddress" label="Email address" type="email" autoComplete="username" spellCheck={false} required error={error("emailAddress")} defaultValue={value("emailAddress")} />
          <TextInput id="password" label="Password" type="password" autoComplete="current-password" required error={error("password")} />
        </>
      )}
    </ActionForm>
  );
}
