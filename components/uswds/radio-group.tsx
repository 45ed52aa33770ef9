import { ChoiceGroup, type ChoiceGroupBaseProps } from "./choice-group";

export type RadioGroupProps = ChoiceGroupBaseProps & {
  /** The selected option's value. */
  defaultValue?: string;
};

/** Radios in a fieldset whose legend is `label`; the first radio's id is `id`. */
export function RadioGroup({ defaultValue, ...props }: RadioGroupProps) {
  return <ChoiceGroup kind="radio" selected={defaultValue === undefined ? [] : [defaultValue]} {...props} />;
}
