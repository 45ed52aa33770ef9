"use client";
// The provider readiness page's forms: each an ActionForm, so each shows its own error summary.
import { ActionForm } from "@/components/auth/action-form";
import { RequiredFieldsNote } from "@/components/uswds/required-fields-note";
import { Select } from "@/components/uswds/select";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "../../_components/types";

export function AddDestinationForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} fieldOrder={["destinationNumber"]} submitLabel="Add number and text it a code">
      {({ error, value }) => (
        <TextInput id="destinationNumber" label="Phone number" hint="A US number, like 202-555-0123" type="tel" autoComplete="off" width="md" required error={error("destinationNumber")} defaultValue={value("destinationNumber")} />
      )}
    </ActionForm>
  );
}

export function VerifyDestinationForm({ action, pending }: { action: FormAction; pending: { id: string; phoneNumber: string }[] }) {
  return (
    <ActionForm action={action} fieldOrder={["destinationId", "verificationCode"]} submitLabel="Verify number">
      {({ error, value }) => (
        <>
          <RequiredFieldsNote />
          <Select id="destinationId" label="Number" required options={pending.map((p) => ({ value: p.id, label: p.phoneNumber }))} error={error("destinationId")} defaultValue={value("destinationId")} />
          <TextInput id="verificationCode" label="Verification code" hint="From the text message AWS sent to the number" inputMode="numeric" autoComplete="one-time-code" width="sm" required error={error("verificationCode")} defaultValue={value("verificationCode")} />
        </>
      )}
    </ActionForm>
  );
}

export function TestEmailForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} fieldOrder={["testEmailAddress"]} submitLabel="Send a test email">
      {({ error, value }) => (
        <TextInput id="testEmailAddress" label="Email address" type="email" autoComplete="email" spellCheck={false} width="xl" required error={error("testEmailAddress")} defaultValue={value("testEmailAddress")} />
      )}
    </ActionForm>
  );
}

export function TestSmsForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} fieldOrder={["testPhoneNumber"]} submitLabel="Send a test text message">
      {({ error, value }) => (
        <TextInput id="testPhoneNumber" label="Phone number" hint="A US number, like 202-555-0123" type="tel" autoComplete="tel" width="md" required error={error("testPhoneNumber")} defaultValue={value("testPhoneNumber")} />
      )}
    </ActionForm>
  );
}
