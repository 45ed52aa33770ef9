"use client";
import { ActionForm } from "@/components/auth/action-form";
import { CheckboxGroup } from "@/components/uswds/checkbox-group";
import { TextInput } from "@/components/uswds/text-input";
import { UI_PERMISSIONS, type UiPermission } from "@/lib/domain/permissions";
import type { FormState } from "@/lib/forms/form-state";

const OPTIONS = (Object.keys(UI_PERMISSIONS) as UiPermission[]).map((value) => ({ value, label: UI_PERMISSIONS[value].label }));

export function InviteForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return (
    <ActionForm action={action} fieldOrder={["emailAddress", "permissions"]} submitLabel="Send invitation email">
      {({ error, value }) => (
        <>
          <TextInput id="emailAddress" label="Email address" type="email" autoComplete="off" spellCheck={false} required error={error("emailAddress")} defaultValue={value("emailAddress")} />
          <CheckboxGroup id="permissions" label="Permissions" hint="All team members can see sent messages." options={OPTIONS} error={error("permissions")} />
        </>
      )}
    </ActionForm>
  );
}
