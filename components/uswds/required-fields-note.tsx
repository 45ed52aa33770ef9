/** Said once at the top of a form that has required fields (USWDS form-templates convention). */
export function RequiredFieldsNote() {
  return (
    <p className="usa-hint">
      A red asterisk (
      <abbr title="required" className="usa-hint usa-hint--required">
        *
      </abbr>
      ) indicates a required field.
    </p>
  );
}
