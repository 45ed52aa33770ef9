"use client";
import { useActionState } from "react";
import { FileInput } from "@/components/uswds/file-input";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { fieldError, initialFormState, type FormState } from "@/lib/forms/form-state";

export function UploadForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={["file"]} />
      <form action={formAction} noValidate className="usa-form usa-form--large">
        <FileInput id="file" label="Upload your spreadsheet" hint="A CSV, TSV or text file (.csv, .tsv, .txt) up to 10MB and 100,000 rows" accept=".csv,.tsv,.txt" required error={fieldError(state, "file")} />
        <button className="usa-button" type="submit">
          Upload file
        </button>
      </form>
    </>
  );
}
