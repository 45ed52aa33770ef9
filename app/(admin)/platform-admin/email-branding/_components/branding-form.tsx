"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RadioGroup } from "@/components/uswds/radio-group";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "../../_components/types";

export type LogoOption = { id: string; label: string };

export function BrandingForm({ action, logos }: { action: FormAction; logos: LogoOption[] }) {
  return (
    <ActionForm action={action} fieldOrder={["name", "logoId", "altText", "bannerColour", "bannerText"]} submitLabel="Save branding">
      {({ error, value }) => (
        <>
          <TextInput id="name" label="Name" hint="Only Notify’s team and service managers see this, like “Department of Examples”" required maxLength={255} error={error("name")} defaultValue={value("name")} />
          <RadioGroup id="logoId" label="Logo" required error={error("logoId")} defaultValue={value("logoId")} options={logos.map((logo) => ({ value: logo.id, label: logo.label }))} />
          <TextInput
            id="altText"
            label="Alt text"
            hint="What people who can’t see the logo hear or read instead, usually the agency’s name"
            required
            maxLength={255}
            error={error("altText")}
            defaultValue={value("altText")}
          />
          <TextInput id="bannerColour" label="Banner colour" hint="A hex colour code, like #1d70b8. Leave it blank for a white header." width="sm" spellCheck={false} error={error("bannerColour")} defaultValue={value("bannerColour")} />
          <TextInput id="bannerText" label="Banner text" hint="Shown next to the logo, like the program’s name" maxLength={255} error={error("bannerText")} defaultValue={value("bannerText")} />
        </>
      )}
    </ActionForm>
  );
}
