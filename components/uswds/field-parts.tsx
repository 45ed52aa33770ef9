// The pieces every field renders in USWDS order: label (with required/optional marker), hint, error.
import { errorId, hintId } from "./field-a11y";

export function RequiredMarker() {
  return (
    <>
      {" "}
      <abbr title="required" className="usa-hint usa-hint--required">
        *
      </abbr>
    </>
  );
}

export function OptionalMarker() {
  return <span className="usa-hint"> (optional)</span>;
}

export function FieldLabel({ id, label, required, hasError }: { id: string; label: string; required?: boolean; hasError: boolean }) {
  return (
    <label className={`usa-label${hasError ? " usa-label--error" : ""}`} htmlFor={id}>
      {label}
      {required ? <RequiredMarker /> : <OptionalMarker />}
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
  return ["usa-form-group", hasError ? "usa-form-group--error" : null, extra].filter(Boolean).join(" ");
}
