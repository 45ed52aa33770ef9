"use client";
import { useActionState } from "react";
import { SpreadsheetPrecheck } from "@/components/bulk/spreadsheet-precheck";
import { FileInput } from "@/components/uswds/file-input";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import type { TemplateForCheck } from "@/lib/domain/csv/check-file";
import { fieldError, initialFormState, type FormState } from "@/lib/forms/form-state";

export function UploadForm({ action, template }: { action: (state: FormState, formData: FormData) => Promise<FormState>; template: TemplateForCheck }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={["file"]} />
      <form action={formAction} noValidate className="usa-form usa-form--large">
        <FileInput id="file" label="Upload your spreadsheet" hint="A CSV, TSV or text file (.csv, .tsv, .txt) up to 10MB and 100,000 rows" accept=".csv,.tsv,.txt" required error={fieldError(state, "file")} />
        <SpreadsheetPrecheck inputId="file" template={template} />
        <button className="usa-button" type="submit">
          Upload file
        </button>
      </form>
    </>
  );
}
