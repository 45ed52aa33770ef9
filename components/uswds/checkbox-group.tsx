import { ChoiceGroup, type ChoiceGroupBaseProps } from "./choice-group";

export type CheckboxGroupProps = ChoiceGroupBaseProps & {
  /** The ticked options' values. Read them back with `formData.getAll(name)`. */
  defaultValue?: readonly string[];
};

/** Checkboxes in a fieldset whose legend is `label`; the first checkbox's id is `id`. */
export function CheckboxGroup({ defaultValue = [], ...props }: CheckboxGroupProps) {
  return <ChoiceGroup kind="checkbox" selected={defaultValue} {...props} />;
}
