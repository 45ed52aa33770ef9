"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "./types";

export function FilesContactForm({ action, current }: { action: FormAction; current: string | null }) {
  return (
    <ActionForm action={action} fieldOrder={["contactLink"]} submitLabel="Save">
      {({ error, value }) => (
        <TextInput
          id="contactLink"
          label="Contact details"
          hint="A link to a contact page (starting https://), an email address or a phone number."
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={255}
          error={error("contactLink")}
          defaultValue={value("contactLink") ?? current ?? ""}
        />
      )}
    </ActionForm>
  );
}
