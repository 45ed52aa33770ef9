// Ids and ARIA wiring shared by every form field, so no field can forget them.

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
