"use client";
// "Download a report": how many days, and whether to keep the list's current filter.
import { useActionState } from "react";
import { CheckboxGroup } from "@/components/uswds/checkbox-group";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { RadioGroup } from "@/components/uswds/radio-group";
import { fieldError, initialFormState, type FormState } from "@/lib/forms/form-state";

export function ReportForm({
  action,
  allowedDays,
  filterLabel,
  filterChannel,
  filterStatus,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  allowedDays: readonly number[];
  /** The list's current filter in words ("failed text messages"), or null when there is none. */
  filterLabel: string | null;
  filterChannel?: string;
  filterStatus?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={["days", "filtered"]} />
      <form action={formAction} noValidate className="usa-form usa-form--large">
        <RadioGroup
          id="days"
          label="Messages sent in the last"
          required
          defaultValue={String(allowedDays.at(-1))}
          options={allowedDays.map((d) => ({ value: String(d), label: d === 1 ? "1 day" : `${d} days` }))}
          error={fieldError(state, "days")}
        />
        {filterLabel ? (
          <>
            <input type="hidden" name="filterChannel" value={filterChannel ?? ""} />
            <input type="hidden" name="filterStatus" value={filterStatus ?? ""} />
            <CheckboxGroup id="filtered" label="Which messages" options={[{ value: "yes", label: `Only ${filterLabel} (the current filter)` }]} defaultValue={["yes"]} error={fieldError(state, "filtered")} />
          </>
        ) : null}
        <button className="usa-button" type="submit">
          Prepare report
        </button>
      </form>
    </>
  );
}
