import { describedBy } from "./field-a11y";
import { FieldError, FieldHint, FieldLabel, formGroupClass } from "./field-parts";

export type FileInputProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** e.g. ".csv,.tsv,.txt" */
  accept?: string;
};

/** A native file input with USWDS styling (works without JavaScript). */
export function FileInput({ id, name, label, hint, error, required, accept }: FileInputProps) {
  const hasError = Boolean(error);
  return (
    <div className={formGroupClass(hasError)}>
      <FieldLabel id={id} label={label} required={required} hasError={hasError} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        className={`usa-file-input__input${hasError ? " usa-input--error" : ""}`}
        id={id}
        name={name ?? id}
        type="file"
        accept={accept}
        required={required}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy({ id, hint, error })}
      />
    </div>
  );
}
