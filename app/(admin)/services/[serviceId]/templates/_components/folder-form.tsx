"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import type { FormState } from "@/lib/forms/form-state";

export function FolderForm({ action, initialName = "", submitLabel }: { action: (state: FormState, formData: FormData) => Promise<FormState>; initialName?: string; submitLabel: string }) {
  return (
    <ActionForm action={action} fieldOrder={["name"]} submitLabel={submitLabel}>
      {({ error, value }) => <TextInput id="name" label="Folder name" required error={error("name")} defaultValue={value("name") ?? initialName} />}
    </ActionForm>
  );
}
