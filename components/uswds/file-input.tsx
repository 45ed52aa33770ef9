import { classNames, describedBy } from "./field-a11y";
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
  multiple?: boolean;
};

/**
 * A native file input with USWDS's no-JavaScript styling (`usa-file-input` on the input itself;
 * USWDS's drag-and-drop enhancement needs its JS, which we don't load). The form that holds it
 * posts multipart data, so it works without JavaScript.
 */
export function FileInput({ id, name, label, hint, error, required, accept, multiple }: FileInputProps) {
  const hasError = Boolean(error);
  return (
    <div className={formGroupClass(hasError)}>
      <FieldLabel id={id} label={label} required={required} hasError={hasError} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        className={classNames("usa-file-input", hasError && "usa-input--error")}
        id={id}
        name={name ?? id}
        type="file"
        accept={accept}
        multiple={multiple}
        required={required}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy({ id, hint, error })}
      />
    </div>
  );
}
