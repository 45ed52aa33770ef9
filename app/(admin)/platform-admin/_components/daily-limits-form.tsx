"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RequiredFieldsNote } from "@/components/uswds/required-fields-note";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "./types";

export type DailyLimitsValues = { smsMessageLimit: number; emailMessageLimit: number; internationalSmsMessageLimit: number; totalMessageLimit: number };

const FIELDS: { id: keyof DailyLimitsValues; label: string }[] = [
  { id: "smsMessageLimit", label: "Text messages per day" },
  { id: "emailMessageLimit", label: "Emails per day" },
  { id: "internationalSmsMessageLimit", label: "International text messages per day" },
  { id: "totalMessageLimit", label: "All messages per day" },
];

export function DailyLimitsForm({ action, current }: { action: FormAction; current: DailyLimitsValues }) {
  return (
    <ActionForm action={action} fieldOrder={FIELDS.map((f) => f.id)} submitLabel="Save daily limits">
      {({ error, value }) => (
        <>
          <RequiredFieldsNote />
          {FIELDS.map((field) => (
            <TextInput key={field.id} id={field.id} label={field.label} inputMode="numeric" width="md" required error={error(field.id)} defaultValue={value(field.id) ?? String(current[field.id])} />
          ))}
        </>
      )}
    </ActionForm>
  );
}
