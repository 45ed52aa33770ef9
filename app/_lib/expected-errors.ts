// Where the portal's pages and actions send an expected error (AppError) that isn't for the form:
// the 404 page or another page. One mapping, so that "missing" reads the same everywhere. Next-only
// (notFound, redirect); the Next-free part of an action is lib/forms/form-action.ts.
import { notFound, redirect } from "next/navigation";
import { type AppErrorCode, AppError } from "@/lib/errors";
import { fromAppError, type FormFailure } from "@/lib/forms/form-state";

/** The thing asked for does not exist (or belongs to another service). */
export const MISSING: readonly AppErrorCode[] = ["NOT_FOUND"];

/**
 * Missing, or not this member's to see: both get the same answer, so another service's objects
 * (or what a permission hides) can't be told apart from ones that don't exist.
 */
export const HIDDEN: readonly AppErrorCode[] = ["NOT_FOUND", "FORBIDDEN"];

/** True for an AppError whose code is one of `codes`. */
export function isAppErrorWith(error: unknown, codes: readonly AppErrorCode[]): error is AppError {
  return error instanceof AppError && codes.includes(error.code);
}

/** `promise`'s value, or `recover(error)`'s when it fails with an AppError in `codes`; anything else is rethrown. */
export async function recoverFrom<T, U>(promise: Promise<T>, codes: readonly AppErrorCode[], recover: (error: AppError) => U): Promise<T | U> {
  try {
    return await promise;
  } catch (error) {
    if (isAppErrorWith(error, codes)) return recover(error);
    throw error;
  }
}

/** For pages: `promise`'s value, or the 404 page when it fails with an AppError in `codes` (MISSING unless said). */
export function orNotFound<T>(promise: Promise<T>, codes: readonly AppErrorCode[] = MISSING): Promise<T> {
  return recoverFrom(promise, codes, () => notFound());
}

/** For formAction's onAppError: the 404 page for `codes` (MISSING unless said); other errors go back to the form. */
export function notFoundOn(codes: readonly AppErrorCode[] = MISSING) {
  return (error: AppError, refill?: Record<string, string>): FormFailure => (codes.includes(error.code) ? notFound() : fromAppError(error, refill));
}

/** For formAction's onAppError: off to `path` for `codes` (MISSING unless said); other errors go back to the form. */
export function redirectOn(path: string, codes: readonly AppErrorCode[] = MISSING) {
  return (error: AppError, refill?: Record<string, string>): FormFailure => (codes.includes(error.code) ? redirect(path) : fromAppError(error, refill));
}
