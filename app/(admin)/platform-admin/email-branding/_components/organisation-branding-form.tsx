"use client";
import { ActionForm } from "@/components/auth/action-form";
import { Select } from "@/components/uswds/select";
import type { FormAction } from "../../_components/types";

export function OrganisationBrandingForm({ action, organisations, brandings }: { action: FormAction; organisations: { id: string; name: string }[]; brandings: { id: string; name: string }[] }) {
  return (
    <ActionForm action={action} fieldOrder={["organisationId", "emailBranding"]} submitLabel="Set default">
      {({ error, value }) => (
        <>
          <Select id="organisationId" label="Organisation" required error={error("organisationId")} defaultValue={value("organisationId")} placeholderOption="- Select -" options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
          <Select
            id="emailBranding"
            label="Default email branding"
            hint="For the organisation’s services that haven’t chosen one"
            required
            error={error("emailBranding")}
            defaultValue={value("emailBranding") ?? "none"}
            options={[{ value: "none", label: "None (plain emails)" }, ...brandings.map((b) => ({ value: b.id, label: b.name }))]}
          />
        </>
      )}
    </ActionForm>
  );
}
