import type { HTMLInputAutoCompleteAttribute } from "react";
import { classNames } from "./field-a11y";
import { controlProps, FieldFrame, type FieldProps } from "./field-parts";

export type TextInputProps = FieldProps & {
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
export function TextInput(props: TextInputProps) {
  const { type = "text", inputMode, autoComplete, defaultValue, spellCheck, maxLength, width, error } = props;
  return (
    <FieldFrame field={props}>
      <input
        {...controlProps(props)}
        className={classNames("usa-input", error && "usa-input--error", width && `usa-input--${width}`)}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        spellCheck={spellCheck}
        maxLength={maxLength}
      />
    </FieldFrame>
  );
}
