// Internal: RadioGroup and CheckboxGroup share this. Options sit in a Fieldset whose legend is the
// question; the group's hint and error are referenced from the fieldset. The first option's id is
// the group id ("{id}", then "{id}-2", "{id}-3", …), so an error summary link to "#{id}" lands on
// the first option (GOV.UK's rule for grouped inputs).
import { classNames } from "./field-a11y";
import type { FieldProps } from "./field-parts";
import { Fieldset } from "./fieldset";

export type ChoiceOption = {
  value: string;
  label: string;
  /** Extra text under the option's label (part of the label, so it is read with it). */
  hint?: string;
  /** Checked when the page renders (as well as any option listed in the group's defaultValue). */
  defaultChecked?: boolean;
};

/** `label` is the question, rendered as the fieldset's legend. */
export type ChoiceGroupBaseProps = FieldProps & {
  options: ChoiceOption[];
  /** USWDS tile style. */
  isTile?: boolean;
};

function optionId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${index + 1}`;
}

export function ChoiceGroup({ kind, id, name, label, hint, error, required, options, isTile, selected }: ChoiceGroupBaseProps & { kind: "radio" | "checkbox"; selected: readonly string[] }) {
  const base = kind === "radio" ? "usa-radio" : "usa-checkbox";
  return (
    <Fieldset id={id} legend={label} hint={hint} error={error} required={Boolean(required)}>
      {options.map((option, index) => {
        const inputId = optionId(id, index);
        return (
          <div className={base} key={option.value}>
            <input
              className={classNames(`${base}__input`, isTile && `${base}__input--tile`)}
              id={inputId}
              type={kind}
              name={name ?? id}
              value={option.value}
              defaultChecked={option.defaultChecked || selected.includes(option.value)}
              // One required radio makes the group required; for checkboxes it would mean "tick every box".
              required={kind === "radio" ? required : undefined}
            />
            <label className={`${base}__label`} htmlFor={inputId}>
              {option.label}
              {option.hint ? <span className={`${base}__label-description`}>{option.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </Fieldset>
  );
}
