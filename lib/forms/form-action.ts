// The one shape of a server action, after it has checked who is signed in: validate the form with
// zod, call one service, turn its expected errors (AppError) into FormState, rethrow anything else,
// then finish (usually a redirect). Next-free, so it can be unit-tested; the Next.js answers
// (notFound(), redirect()) come from the action as callbacks (app/_lib/expected-errors.ts).
import type { z } from "zod";
import { AppError } from "../errors";
import { fromAppError, fromZodError, type FormFailure, type FormState } from "./form-state";

type Steps<Result> = {
  /** The values put back in the form after a failure, for both validation and service errors. Never passwords or other secrets. */
  refill?: Record<string, string>;
  /**
   * How an expected error (AppError) from `run` is answered; fromAppError(error, refill) by default.
   * It may leave the form instead: Next's notFound() or redirect() never return (see notFoundOn and
   * redirectOn), and `rethrow` treats every AppError as unexpected.
   */
  onAppError?: (error: AppError, refill?: Record<string, string>) => FormFailure;
  /** After `run` succeeded: usually a redirect, else the state to return. Runs outside the try, so its own errors propagate. */
  done: (result: Result) => FormState | Promise<FormState>;
};

/** A form validated by `schema` before `run` gets its output. */
export type ValidatedFormAction<S extends z.ZodType, Result> = Steps<Result> & {
  schema: S;
  /** What the schema parses: usually formDataToObject(formData). */
  input: unknown;
  /** Input ids for schema paths that differ from them, as for fromZodError. */
  fieldIds?: Readonly<Record<string, string>>;
  /** Calls the one service function. Only AppErrors are caught; anything else (including a redirect) propagates. */
  run: (input: z.output<S>) => Promise<Result>;
};

/** An action with nothing to validate (a button), or whose checks came before. */
export type UnvalidatedFormAction<Result> = Steps<Result> & { run: () => Promise<Result> };

/** For onAppError: this action expects no AppError from its service, so any is a bug for error.tsx. */
export function rethrow(error: AppError): never {
  throw error;
}

/**
 * Runs a server action's steps: parse (if there is a schema; a failure returns fromZodError with
 * `refill`), `run`, map an AppError with `onAppError`, rethrow anything else, then `done`.
 */
export async function formAction<S extends z.ZodType, Result>(action: ValidatedFormAction<S, Result>): Promise<FormState>;
export async function formAction<Result>(action: UnvalidatedFormAction<Result>): Promise<FormState>;
export async function formAction<S extends z.ZodType, Result>(action: ValidatedFormAction<S, Result> | UnvalidatedFormAction<Result>): Promise<FormState> {
  let run: () => Promise<Result>;
  if ("schema" in action) {
    const parsed = action.schema.safeParse(action.input);
    if (!parsed.success) return fromZodError(parsed.error, action.fieldIds, action.refill);
    run = () => action.run(parsed.data);
  } else {
    run = action.run;
  }
  let result: Result;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof AppError) return (action.onAppError ?? fromAppError)(error, action.refill);
    throw error;
  }
  return action.done(result);
}

/** `fields[name] ?? ""` for each name: the usual `refill` from formDataToObject's output. */
export function pickFields(fields: Readonly<Record<string, string>>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, fields[name] ?? ""]));
}
