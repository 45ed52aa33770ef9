"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { createServiceAction } from "./actions";

export function AddServiceForm() {
  return (
    <ActionForm action={createServiceAction} fieldOrder={["name"]} submitLabel="Add service">
      {({ error, value }) => (
        <TextInput id="name" label="Service name" hint="Use the name people will recognize, like ‘City Permits Office’. Texts start with it." required error={error("name")} defaultValue={value("name")} />
      )}
    </ActionForm>
  );
}
