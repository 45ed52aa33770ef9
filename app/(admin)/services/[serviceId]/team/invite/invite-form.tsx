"use client";
import { ActionForm } from "@/components/auth/action-form";
import { PermissionCheckboxes } from "@/components/team/permission-checkboxes";
import { TextInput } from "@/components/uswds/text-input";
import type { FormState } from "@/lib/forms/form-state";

export function InviteForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return (
    <ActionForm action={action} fieldOrder={["emailAddress", "permissions"]} submitLabel="Send invitation email">
      {({ error, value }) => (
        <>
          <TextInput id="emailAddress" label="Email address" type="email" autoComplete="off" spellCheck={false} required error={error("emailAddress")} defaultValue={value("emailAddress")} />
          <PermissionCheckboxes error={error("permissions")} />
        </>
      )}
    </ActionForm>
  );
}
