import { classNames, describedBy } from "./field-a11y";
import { FieldError, FieldHint, FieldLabel, formGroupClass } from "./field-parts";

export type TextareaProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string;
  rows?: number;
  spellCheck?: boolean;
  maxLength?: number;
};

/** A labelled multi-line input, wired like TextInput. */
export function Textarea({ id, name, label, hint, error, required, defaultValue, rows, spellCheck, maxLength }: TextareaProps) {
  const hasError = Boolean(error);
  return (
    <div className={formGroupClass(hasError)}>
      <FieldLabel id={id} label={label} required={required} hasError={hasError} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <textarea
        className={classNames("usa-textarea", hasError && "usa-input--error")}
        id={id}
        name={name ?? id}
        rows={rows}
        defaultValue={defaultValue}
        spellCheck={spellCheck}
        maxLength={maxLength}
        required={required}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy({ id, hint, error })}
      />
    </div>
  );
}
