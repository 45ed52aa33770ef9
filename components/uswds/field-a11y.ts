// Ids and ARIA wiring shared by every form field, so no field can forget them. A field with id
// "email" has its hint at "email-hint" and its error at "email-error"; the control points at
// whichever of the two are present, hint first (GSA components/textbox.html).

export type FieldMessages = { id: string; hint?: string; error?: string };

export function hintId(id: string): string {
  return `${id}-hint`;
}

export function errorId(id: string): string {
  return `${id}-error`;
}

/** The aria-describedby value for a field: its hint then its error, only those present. */
export function describedBy({ id, hint, error }: FieldMessages): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Joins class names, skipping empty ones. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}
