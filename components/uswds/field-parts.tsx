// Internal building blocks for the field components in this folder (not for pages): the pieces
// every field renders in USWDS order, label (with its required/optional marker), hint, error.
import type { ReactNode } from "react";
import { classNames, errorId, hintId } from "./field-a11y";

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

