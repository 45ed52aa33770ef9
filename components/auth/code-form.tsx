"use client";
// The "enter your security code" form, used after the password step and to verify a mobile number.
import type { FormState } from "@/lib/forms/form-state";
import { TextInput } from "@/components/uswds/text-input";
import { ActionForm } from "./action-form";

export function CodeForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return (
    <ActionForm action={action} fieldOrder={["code"]} submitLabel="Continue">
      {({ error }) => (
        <TextInput id="code" label="Security code" hint="It’s 6 numbers, like 123456" inputMode="numeric" autoComplete="one-time-code" spellCheck={false} width="md" required error={error("code")} />
      )}
    </ActionForm>
  );
}
