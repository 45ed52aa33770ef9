// What a server action returns to its form. Expected failures (validation, domain rules) come back
// as values, keyed by the *input id*, so the page can render the error summary (in form order) and
// each field's inline error with the same words. Unexpected errors are thrown to error.tsx.
import type { z } from "zod";
import type { AppError } from "../errors";
import { withoutNul } from "../domain/text/nul";

export type FormState =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string; values?: Record<string, string> };

/** The failure half of FormState. */
export type FormFailure = Extract<FormState, { ok: false }>;

/** What useActionState starts with: not submitted, so no errors to show. */
export const initialFormState: FormState = { ok: false, fieldErrors: {} };

/** Shown when an expected error carries nothing a person can act on. */
const GENERIC_FORM_ERROR = "Sorry, there is a problem with the service. Try again later.";

/**
 * One message per field (the first zod reports), keyed by input id. A field's key is its path
 * joined with "-" (`guests.0` → "guests-0"), then looked up in `fieldIdMap` for forms whose input
 * ids differ from the schema's keys (`{ sendDate: "send-date" }`). Issues with an empty path (from
 * a refine on the whole object) become the form-level error. Pass `values` to refill the form;
 * leave secrets such as passwords out of them.
 */
export function fromZodError(error: z.ZodError, fieldIdMap: Readonly<Record<string, string>> = {}, values?: Record<string, string>): FormFailure {
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    if (issue.path.length === 0) {
      formError ??= issue.message;
      continue;
    }
    const key = issue.path.map(String).join("-");
    const id = fieldIdMap[key] ?? key;
    fieldErrors[id] ??= issue.message;
  }
  return { ok: false, fieldErrors, ...(formError === undefined ? {} : { formError }), ...(values === undefined ? {} : { values }) };
}

/** An expected AppError as form state: its field errors if it has any, else its user message. */
export function fromAppError(error: AppError, values?: Record<string, string>): FormFailure {
  const hasFieldErrors = error.fieldErrors !== undefined && Object.keys(error.fieldErrors).length > 0;
  return {
    ok: false,
    fieldErrors: hasFieldErrors ? { ...error.fieldErrors } : {},
    ...(hasFieldErrors ? {} : { formError: error.userMessage || GENERIC_FORM_ERROR }),
    ...(values === undefined ? {} : { values }),
  };
}

/**
 * FormData as a plain object of strings, for `schema.safeParse`. Files and Next's internal
 * `$ACTION…` fields are skipped; for a repeated key (a checkbox group) the first value is kept, so
 * read those with `formData.getAll(name)`.
 */
export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    // A browser can't send NUL (PostgreSQL can't store it): only a crafted request has one.
    if (typeof value === "string" && !(key in out)) out[key] = withoutNul(value);
  }
  return out;
}

/** One text field of a submitted form ("" when absent), NUL dropped as formDataToObject drops it. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? withoutNul(value) : "";
}

/** The inline error for one input, if the last submission had one. */
export function fieldError(state: FormState, id: string): string | undefined {
  return state.ok ? undefined : state.fieldErrors[id];
}

/** The value to put back in an input after a failed submission. */
export function fieldValue(state: FormState, id: string): string | undefined {
  return state.ok ? undefined : state.values?.[id];
}

/**
 * The error summary's list, in the order the fields appear on the form (`fieldOrder`, input ids);
 * errors for ids not in `fieldOrder` follow in the order they were recorded, so none is dropped.
 */
export function summaryErrors(state: FormState, fieldOrder: readonly string[]): { fieldId: string; message: string }[] {
  if (state.ok) return [];
  const listed = new Set(fieldOrder);
  const ordered = [...listed].flatMap((fieldId) => {
    const message = state.fieldErrors[fieldId];
    return message ? [{ fieldId, message }] : [];
  });
  const rest = Object.entries(state.fieldErrors)
    .filter(([fieldId, message]) => !listed.has(fieldId) && message)
    .map(([fieldId, message]) => ({ fieldId, message }));
  return [...ordered, ...rest];
}
