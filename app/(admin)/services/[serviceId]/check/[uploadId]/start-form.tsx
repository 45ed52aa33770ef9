"use client";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { Select } from "@/components/uswds/select";
import { fieldError, initialFormState, type FormState } from "@/lib/forms/form-state";

export function StartForm({ action, count, scheduleOptions }: { action: (state: FormState, formData: FormData) => Promise<FormState>; count: number; scheduleOptions: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={["when"]} />
      <form action={formAction} noValidate className="usa-form usa-form--large">
        <Select id="when" label="When should we send them?" required error={fieldError(state, "when")} options={[{ value: "now", label: "Now" }, ...scheduleOptions]} hint="You can schedule them up to 7 days ahead. Times are Eastern Time." />
        <button className="usa-button margin-top-3" type="submit">
          Send {count.toLocaleString("en-US")} {count === 1 ? "message" : "messages"}
        </button>
      </form>
    </>
  );
}
