"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RadioGroup } from "@/components/uswds/radio-group";
import type { FormAction } from "./types";

/** One on/off question (SMS prefix, international text messages). */
export function OnOffForm({ action, id, label, hint, isOn }: { action: FormAction; id: string; label: string; hint?: string; isOn: boolean }) {
  return (
    <ActionForm action={action} fieldOrder={[id]} submitLabel="Save">
      {({ error }) => (
        <RadioGroup
          id={id}
          label={label}
          hint={hint}
          required
          error={error(id)}
          defaultValue={isOn ? "on" : "off"}
          options={[
            { value: "on", label: "On" },
            { value: "off", label: "Off" },
          ]}
        />
      )}
    </ActionForm>
  );
}
