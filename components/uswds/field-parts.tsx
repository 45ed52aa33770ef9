// Internal building blocks for the field components in this folder (not for pages): the pieces
// every field renders in USWDS order, label (with its required/optional marker), hint, error.
import type { ReactNode } from "react";
import { classNames, describedBy, errorId, hintId } from "./field-a11y";

/** Props every single-control field takes (TextInput, Textarea, Select, FileInput). */
export type FieldProps = {
  id: string;
  /** Defaults to the id, so server-side errors keyed by input id line up with the form data. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  /** Required fields get the red asterisk and the `required` attribute; others say "(optional)". */
  required?: boolean;
};

/** USWDS rule: required fields get a red asterisk, optional ones say "(optional)". */
export function RequirementMarker({ required }: { required?: boolean }) {
  if (required) {
    return (
      <>
        {" "}
        <abbr title="required" className="usa-hint usa-hint--required">
          *
        </abbr>
      </>
    );
  }
  return <span className="usa-hint"> (optional)</span>;
}

export function FieldLabel({ id, label, required, hasError }: { id: string; label: ReactNode; required?: boolean; hasError: boolean }) {
  return (
    <label className={classNames("usa-label", hasError && "usa-label--error")} htmlFor={id}>
      {label}
      <RequirementMarker required={required} />
    </label>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <div className="usa-hint" id={hintId(id)}>
      {hint}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <span className="usa-error-message" id={errorId(id)}>
      <span className="usa-sr-only">Error: </span>
      {error}
    </span>
  );
}

export function formGroupClass(hasError: boolean, extra?: string): string {
  return classNames("usa-form-group", hasError && "usa-form-group--error", extra);
}


/** The attributes that tie a control to its label, hint and error. */
export function controlProps({ id, name, hint, error, required }: FieldProps) {
  return {
    id,
    name: name ?? id,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy({ id, hint, error }),
  } as const;
}

/** The form group around one control: label, hint and error in USWDS order, then the control. */
export function FieldFrame({ field, children }: { field: FieldProps; children: ReactNode }) {
  const hasError = Boolean(field.error);
  return (
    <div className={formGroupClass(hasError)}>
      <FieldLabel id={field.id} label={field.label} required={field.required} hasError={hasError} />
      <FieldHint id={field.id} hint={field.hint} />
      <FieldError id={field.id} error={field.error} />
      {children}
    </div>
  );
}
