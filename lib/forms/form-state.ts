// What a server action returns to its form. Expected failures (validation, domain rules) come back
// as values, keyed by the *input id*, so the page can render the error summary and inline errors.
import type { z } from "zod";
import type { AppError } from "../errors";

export type FormState =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string; values?: Record<string, string> };

export const initialFormState: FormState = { ok: false, fieldErrors: {} };

/** First message per field; nested paths are joined with "-" (e.g. `guest-list-0`). */
export function fromZodError(error: z.ZodError, values?: Record<string, string>): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join("-") : "form";
    fieldErrors[key] ??= issue.message;
  }
  const { form, ...rest } = fieldErrors;
  return { ok: false, fieldErrors: rest, formError: form, values };
}

export function fromAppError(error: AppError, values?: Record<string, string>): FormState {
  return { ok: false, fieldErrors: error.fieldErrors ?? {}, formError: error.fieldErrors ? undefined : error.userMessage, values };
}

/** FormData → plain object of strings (files and repeated keys are left to the caller). */
export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string" && !(key in out)) out[key] = value;
  }
  return out;
}

/** The error summary's list, in the order the fields appear on the form. */
export function summaryErrors(state: FormState, fieldOrder: string[]): { fieldId: string; message: string }[] {
  if (state.ok) return [];
  const ordered = fieldOrder.filter((id) => state.fieldErrors[id]).map((id) => ({ fieldId: id, message: state.fieldErrors[id] as string }));
  const rest = Object.entries(state.fieldErrors)
    .filter(([id]) => !fieldOrder.includes(id))
    .map(([fieldId, message]) => ({ fieldId, message }));
  return [...ordered, ...rest];
}
