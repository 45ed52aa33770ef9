import type { HTMLInputAutoCompleteAttribute } from "react";
import { classNames, describedBy } from "./field-a11y";
import { FieldError, FieldHint, FieldLabel, formGroupClass } from "./field-parts";

export type TextInputProps = {
  id: string;
  /** Defaults to the id, so server-side errors keyed by input id line up with the form data. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  /** Required fields get the red asterisk and the `required` attribute; others say "(optional)". */
  required?: boolean;
  type?: "text" | "email" | "tel" | "password" | "number" | "url" | "search";
  inputMode?: "text" | "email" | "tel" | "numeric" | "decimal" | "url" | "search";
  autoComplete?: HTMLInputAutoCompleteAttribute;
  defaultValue?: string;
  spellCheck?: boolean;
  maxLength?: number;
  /** USWDS width modifier, e.g. "md" → usa-input--md. */
  width?: "2xs" | "xs" | "sm" | "md" | "lg" | "xl" | "2xl";
};

/** A labelled text input; computes hint/error ids, aria-describedby and aria-invalid itself. */
export function TextInput({ id, name, label, hint, error, required, type = "text", inputMode, autoComplete, defaultValue, spellCheck, maxLength, width }: TextInputProps) {
  const hasError = Boolean(error);
  return (
    <div className={formGroupClass(hasError)}>
      <FieldLabel id={id} label={label} required={required} hasError={hasError} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        className={classNames("usa-input", hasError && "usa-input--error", width && `usa-input--${width}`)}
        id={id}
        name={name ?? id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
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
