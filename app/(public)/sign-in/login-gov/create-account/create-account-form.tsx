"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { createLoginGovAccountAction } from "./actions";

export function CreateLoginGovAccountForm() {
  return (
    <ActionForm action={createLoginGovAccountAction} fieldOrder={["name"]} submitLabel="Create account">
      {({ error, value }) => <TextInput id="name" label="Full name" autoComplete="name" required error={error("name")} defaultValue={value("name")} />}
    </ActionForm>
  );
}
