import type { HTMLInputAutoCompleteAttribute } from "react";
import { classNames, describedBy } from "./field-a11y";
import { FieldError, FieldHint, FieldLabel, formGroupClass } from "./field-parts";

export type SelectOption = { value: string; label: string };

export type SelectProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  options: readonly SelectOption[];
  defaultValue?: string;
  /** Text of an empty first option, e.g. "- Select -". */
  placeholderOption?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
};

/** A labelled native select, wired like TextInput. */
export function Select({ id, name, label, hint, error, required, options, defaultValue, placeholderOption, autoComplete }: SelectProps) {
  const hasError = Boolean(error);
  return (
    <div className={formGroupClass(hasError)}>
      <FieldLabel id={id} label={label} required={required} hasError={hasError} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <select
        className={classNames("usa-select", hasError && "usa-input--error")}
        id={id}
        name={name ?? id}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy({ id, hint, error })}
      >
        {placeholderOption !== undefined ? <option value="">{placeholderOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
