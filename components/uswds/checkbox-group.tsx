import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group";

/** Checkboxes in a fieldset with a legend; `defaultValue` lists the ticked options. */
export function CheckboxGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup kind="checkbox" {...props} />;
}
