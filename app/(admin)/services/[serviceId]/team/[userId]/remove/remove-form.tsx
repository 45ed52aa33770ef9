"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function RemoveMemberForm({ action, cancelHref }: { action: (state: FormState, formData: FormData) => Promise<FormState>; cancelHref: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={[]} />
      <form action={formAction}>
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <button className="usa-button usa-button--secondary" type="submit">
              Yes, remove
            </button>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--unstyled" href={cancelHref}>
              No, go back
            </Link>
          </li>
        </ul>
      </form>
    </>
  );
}
