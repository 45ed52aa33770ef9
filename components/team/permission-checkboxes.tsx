// The permission checkboxes shared by the invite and edit-member forms (GSA's five groups).
import { CheckboxGroup } from "@/components/uswds/checkbox-group";
import { UI_PERMISSIONS, type UiPermission } from "@/lib/domain/permissions";

const OPTIONS = (Object.keys(UI_PERMISSIONS) as UiPermission[]).map((value) => ({ value, label: UI_PERMISSIONS[value].label }));

export function PermissionCheckboxes({ error, defaultValue }: { error?: string; defaultValue?: UiPermission[] }) {
  return <CheckboxGroup id="permissions" label="Permissions" hint="All team members can see sent messages." options={OPTIONS} error={error} defaultValue={defaultValue} />;
}
