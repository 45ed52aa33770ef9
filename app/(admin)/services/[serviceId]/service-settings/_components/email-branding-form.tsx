"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RadioGroup } from "@/components/uswds/radio-group";
import type { FormAction } from "./types";

/** The service's email branding: none, or one of the brandings offered. */
export function EmailBrandingForm({ action, options, chosen }: { action: FormAction; options: { id: string; name: string; hint: string }[]; chosen: string }) {
  return (
    <ActionForm action={action} fieldOrder={["emailBranding"]} submitLabel="Save">
      {({ error }) => (
        <RadioGroup
          id="emailBranding"
          label="Which branding should your emails have?"
          required
          error={error("emailBranding")}
          defaultValue={chosen}
          options={[{ value: "none", label: "No branding", hint: "Plain emails, as they are now" }, ...options.map((o) => ({ value: o.id, label: o.name, hint: o.hint }))]}
        />
      )}
    </ActionForm>
  );
}
