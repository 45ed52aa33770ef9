"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RadioGroup } from "@/components/uswds/radio-group";
import type { FormState } from "@/lib/forms/form-state";

export function ChooseTypeForm({ action, channels }: { action: (state: FormState, formData: FormData) => Promise<FormState>; channels: ("sms" | "email")[] }) {
  const options = [
    { value: "sms", label: "Text message" },
    { value: "email", label: "Email" },
  ].filter((o) => channels.includes(o.value as "sms" | "email"));
  return (
    <ActionForm action={action} fieldOrder={["templateType"]} submitLabel="Continue">
      {({ error }) => <RadioGroup id="templateType" label="What type of template do you want to add?" required options={options} error={error("templateType")} />}
    </ActionForm>
  );
}
