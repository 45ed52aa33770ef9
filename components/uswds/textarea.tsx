import { classNames } from "./field-a11y";
import { controlProps, FieldFrame, type FieldProps } from "./field-parts";

export type TextareaProps = FieldProps & { defaultValue?: string; rows?: number; spellCheck?: boolean; maxLength?: number };

/** A labelled multi-line input, wired like TextInput. */
export function Textarea(props: TextareaProps) {
  return (
    <FieldFrame field={props}>
      <textarea
        {...controlProps(props)}
        className={classNames("usa-textarea", props.error && "usa-input--error")}
        rows={props.rows}
        defaultValue={props.defaultValue}
        spellCheck={props.spellCheck}
        maxLength={props.maxLength}
      />
    </FieldFrame>
  );
}
