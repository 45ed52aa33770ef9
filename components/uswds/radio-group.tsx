import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group";

/** Radios in a fieldset with a legend; `defaultValue` is the selected option. */
export function RadioGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup kind="radio" {...props} />;
}
