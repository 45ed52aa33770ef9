"use client";
// "Download a report": how many days, whether to keep the list's current filter, and whether it
// lists every message with its recipient or counts only (the only form when the service says so).
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
  canDownloadRecipients,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  allowedDays: readonly number[];
  /** The list's current filter in words ("failed text messages"), or null when there is none. */
  filterLabel: string | null;
  filterChannel?: string;
  filterStatus?: string;
  /** False when the service allows counts only: the form then asks for counts and says so. */
  canDownloadRecipients: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={["form", "days", "filtered"]} />
      <form action={formAction} noValidate className="usa-form usa-form--large">
        {canDownloadRecipients ? (
          <RadioGroup
            id="form"
            label="What the report contains"
            required
            defaultValue="recipients"
            options={[
              { value: "recipients", label: "Every message, with its recipient" },
              { value: "counts", label: "Counts only, without phone numbers or email addresses (by day, template, job and status)" },
            ]}
            error={fieldError(state, "form")}
          />
        ) : (
          <>
            <input type="hidden" name="form" value="counts" />
            <p data-testid="counts-only">Your team can download counts only: messages by day, template, job and status, without phone numbers or email addresses.</p>
          </>
        )}
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
