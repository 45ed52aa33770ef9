"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RequiredFieldsNote } from "@/components/uswds/required-fields-note";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "./types";

export function DataRetentionForm({ action, current }: { action: FormAction; current: { sms: number; email: number } }) {
  return (
    <ActionForm action={action} fieldOrder={["smsDays", "emailDays"]} submitLabel="Save">
      {({ error, value }) => (
        <>
          <RequiredFieldsNote />
          <TextInput id="smsDays" label="Days to keep text messages" hint="Between 3 and 90 days" inputMode="numeric" width="2xs" required error={error("smsDays")} defaultValue={value("smsDays") ?? String(current.sms)} />
          <TextInput id="emailDays" label="Days to keep emails" hint="Between 3 and 90 days" inputMode="numeric" width="2xs" required error={error("emailDays")} defaultValue={value("emailDays") ?? String(current.email)} />
        </>
      )}
    </ActionForm>
  );
}
