"use client";
import { ActionForm } from "@/components/auth/action-form";
import { CheckboxGroup } from "@/components/uswds/checkbox-group";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "./types";

/** Add or change a reply-to email address; the "default" box is left out when it is already the default. */
export function ReplyToForm({ action, current, isDefault, submitLabel }: { action: FormAction; current?: string; isDefault: boolean; submitLabel: string }) {
  return (
    <ActionForm action={action} fieldOrder={["emailAddress", "isDefault"]} submitLabel={submitLabel}>
      {({ error, value }) => (
        <>
          <TextInput
            id="emailAddress"
            label="Reply-to email address"
            hint="Where replies to your emails go, like help@agency.gov"
            type="email"
            autoComplete="off"
            spellCheck={false}
            required
            error={error("emailAddress")}
            defaultValue={value("emailAddress") ?? current}
          />
          {isDefault ? null : (
            <CheckboxGroup
              id="isDefault"
              label="Default address"
              error={error("isDefault")}
              defaultValue={value("isDefault") === "yes" ? ["yes"] : []}
              options={[{ value: "yes", label: "Make this email address the default" }]}
            />
          )}
        </>
      )}
    </ActionForm>
  );
}
