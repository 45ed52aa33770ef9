import { classNames } from "./field-a11y";
import { controlProps, FieldFrame, type FieldProps } from "./field-parts";

export type FileInputProps = FieldProps & {
  /** e.g. ".csv,.tsv,.txt" */
  accept?: string;
  multiple?: boolean;
};

/**
 * A native file input with USWDS's no-JavaScript styling (`usa-file-input` on the input itself;
 * USWDS's drag-and-drop enhancement needs its JS, which we don't load). The form that holds it
 * posts multipart data, so it works without JavaScript.
 */
export function FileInput(props: FileInputProps) {
  return (
    <FieldFrame field={props}>
      <input {...controlProps(props)} className={classNames("usa-file-input", props.error && "usa-input--error")} type="file" accept={props.accept} multiple={props.multiple} />
    </FieldFrame>
  );
}
