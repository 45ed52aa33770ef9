"use client";
import { ActionForm } from "@/components/auth/action-form";
import { PermissionCheckboxes } from "@/components/team/permission-checkboxes";
import type { UiPermission } from "@/lib/domain/permissions";
import type { FormState } from "@/lib/forms/form-state";

export function EditMemberForm({ action, current }: { action: (state: FormState, formData: FormData) => Promise<FormState>; current: UiPermission[] }) {
  return (
    <ActionForm action={action} fieldOrder={["permissions"]} submitLabel="Save">
      {({ error }) => <PermissionCheckboxes error={error("permissions")} defaultValue={current} />}
    </ActionForm>
  );
}
