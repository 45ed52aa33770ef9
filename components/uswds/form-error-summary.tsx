// The error summary for a form's FormState: errors ordered like the form's fields, the form-level
// error (if any) above them. Put it at the top of <main>, before the <h1>'s content block.
import { summaryErrors, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";

export type FormErrorSummaryProps = {
  state: FormState;
  /** The form's input ids in the order they appear; errors for other ids follow, in state order. */
  fieldOrder: readonly string[];
};

export function FormErrorSummary({ state, fieldOrder }: FormErrorSummaryProps) {
  if (state.ok) return null;
  return <ErrorSummary errors={summaryErrors(state, fieldOrder)} description={state.formError} />;
}
