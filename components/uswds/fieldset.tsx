import type { ReactNode } from "react";
import { classNames, describedBy } from "./field-a11y";
import { FieldError, FieldHint, formGroupClass, RequirementMarker } from "./field-parts";

export type FieldsetProps = {
  /** Base for the hint and error ids ("{id}-hint", "{id}-error"); not set on the fieldset itself. */
  id: string;
  legend: ReactNode;
  hint?: string;
  error?: string;
  /**
   * true: red asterisk; false: "(optional)"; left out: no marker, for a fieldset that only groups
   * fields which carry their own markers (an address, say).
   */
  required?: boolean;
  isLegendLarge?: boolean;
  children: ReactNode;
};

/**
 * `fieldset.usa-fieldset` + `legend.usa-legend`, with the group's hint and error under the legend
 * and referenced from the fieldset (uswds usa-memorable-date.twig). RadioGroup, CheckboxGroup and
 * DateInput are built on it.
 */
export function Fieldset({ id, legend, hint, error, required, isLegendLarge, children }: FieldsetProps) {
  const hasError = Boolean(error);
  return (
    <div className={formGroupClass(hasError)}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy({ id, hint, error })}>
        <legend className={classNames("usa-legend", isLegendLarge && "usa-legend--large", hasError && "usa-label--error")}>
          {legend}
          {required === undefined ? null : <RequirementMarker required={required} />}
        </legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}
