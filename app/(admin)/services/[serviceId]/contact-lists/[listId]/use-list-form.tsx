"use client";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { Select, type SelectOption } from "@/components/uswds/select";
import { fieldError, initialFormState, type FormState } from "@/lib/forms/form-state";

export function UseListForm({ action, templates, kind }: { action: (state: FormState, formData: FormData) => Promise<FormState>; templates: readonly SelectOption[]; kind: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={["templateId"]} />
      <form action={formAction} noValidate className="usa-form usa-form--large">
        <Select id="templateId" label="Template" hint={`Choose the ${kind} template to send. You will check the messages before they are sent.`} required placeholderOption="- Choose a template -" options={templates} error={fieldError(state, "templateId")} />
        <button className="usa-button margin-top-3" type="submit">
          Continue
        </button>
      </form>
    </>
  );
}
