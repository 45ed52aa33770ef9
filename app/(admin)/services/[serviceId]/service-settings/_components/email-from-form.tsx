"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "./types";

export function EmailFromForm({ action, current, domain }: { action: FormAction; current: string; domain: string }) {
  return (
    <ActionForm action={action} fieldOrder={["emailFrom"]} submitLabel="Save">
      {({ error, value }) => (
        <TextInput
          id="emailFrom"
          label="Email sender name"
          hint={`The part before @${domain}. Use lowercase letters, numbers, dots, hyphens and underscores.`}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          error={error("emailFrom")}
          defaultValue={value("emailFrom") ?? current}
        />
      )}
    </ActionForm>
  );
}
