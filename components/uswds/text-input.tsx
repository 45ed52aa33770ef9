import type { HTMLInputAutoCompleteAttribute } from "react";
import { describedBy } from "./field-a11y";
import { FieldError, FieldHint, FieldLabel, formGroupClass } from "./field-parts";

export type TextInputProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
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

/** A labelled text input; computes hint/error ids and aria-describedby itself. */
export function TextInput({ id, name, label, hint, error, required, type = "text", inputMode, autoComplete, defaultValue, spellCheck, maxLength, width }: TextInputProps) {
  const hasError = Boolean(error);
  const classes = ["usa-input", hasError ? "usa-input--error" : null, width ? `usa-input--${width}` : null].filter(Boolean).join(" ");
  return (
    <div className={formGroupClass(hasError)}>
      <FieldLabel id={id} label={label} required={required} hasError={hasError} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        className={classes}
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
