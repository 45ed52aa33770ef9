import type { HTMLInputAutoCompleteAttribute } from "react";
import { classNames } from "./field-a11y";
import { controlProps, FieldFrame, type FieldProps } from "./field-parts";

export type SelectOption = { value: string; label: string };

export type SelectProps = FieldProps & {
  options: readonly SelectOption[];
  defaultValue?: string;
  /** Text of an empty first option, e.g. "- Select -". */
  placeholderOption?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
};

/** A labelled native select, wired like TextInput. */
export function Select(props: SelectProps) {
  return (
    <FieldFrame field={props}>
      <select {...controlProps(props)} className={classNames("usa-select", props.error && "usa-input--error")} defaultValue={props.defaultValue} autoComplete={props.autoComplete}>
        {props.placeholderOption !== undefined ? <option value="">{props.placeholderOption}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
