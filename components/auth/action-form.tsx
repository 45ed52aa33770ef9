"use client";
// A form bound to a server action through useActionState: renders the error summary (in field
// order) above its fields, and hands each field its error and the value to redisplay.
// Works without JavaScript too: the action posts natively and the page re-renders.
import { useActionState, type ReactNode } from "react";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { fieldError, fieldValue, initialFormState, type FormState } from "@/lib/forms/form-state";

export type FieldHelpers = { error: (id: string) => string | undefined; value: (id: string) => string | undefined };

export function ActionForm({
  action,
  fieldOrder,
  children,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fieldOrder: readonly string[];
  children: (helpers: FieldHelpers) => ReactNode;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={fieldOrder} />
      <form action={formAction} noValidate className="usa-form usa-form--large">
        {children({ error: (id) => fieldError(state, id), value: (id) => fieldValue(state, id) })}
        <button className="usa-button" type="submit">
          {submitLabel}
        </button>
      </form>
    </>
  );
}
