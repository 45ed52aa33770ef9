// Radios and checkboxes share one implementation: a fieldset with a legend, the group's hint and
// error referenced from the fieldset, and one labelled input per option. The first option's id
// is the group id, so the error summary can link straight to it.
import { describedBy } from "./field-a11y";
import { FieldError, FieldHint, formGroupClass, OptionalMarker, RequiredMarker } from "./field-parts";

export type ChoiceOption = { value: string; label: string; hint?: string; disabled?: boolean };

export type ChoiceGroupProps = {
  id: string;
  name?: string;
  legend: string;
  hint?: string;
  error?: string;
  required?: boolean;
  options: ChoiceOption[];
  /** Value(s) selected when the page renders. */
  defaultValue?: string | string[];
  tile?: boolean;
};

export function optionId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${index + 1}`;
}

export function ChoiceGroup({ kind, id, name, legend, hint, error, required, options, defaultValue, tile }: ChoiceGroupProps & { kind: "radio" | "checkbox" }) {
  const hasError = Boolean(error);
  const selected = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue !== undefined ? [defaultValue] : []);
  const base = kind === "radio" ? "usa-radio" : "usa-checkbox";
  return (
    <div className={formGroupClass(hasError)}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy({ id, hint, error })} aria-invalid={hasError || undefined}>
        <legend className={`usa-legend${hasError ? " usa-label--error" : ""}`}>
          {legend}
          {required ? <RequiredMarker /> : <OptionalMarker />}
        </legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        {options.map((option, index) => {
          const inputId = optionId(id, index);
          const optionHintId = option.hint ? `${inputId}-item-hint` : undefined;
          return (
            <div className={base} key={option.value}>
              <input
                className={`${base}__input${tile ? ` ${base}__input--tile` : ""}`}
                id={inputId}
                type={kind}
                name={name ?? id}
                value={option.value}
                defaultChecked={selected.has(option.value)}
                disabled={option.disabled}
                required={kind === "radio" ? required : undefined}
                aria-describedby={optionHintId}
              />
              <label className={`${base}__label`} htmlFor={inputId}>
                {option.label}
                {option.hint ? (
                  <span className={`usa-checkbox__label-description`} id={optionHintId}>
                    {option.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
