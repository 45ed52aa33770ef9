// Notify's `sanitise_content_for`: personalisation values a service doesn't trust (free text typed
// by the public) can be made inert before they go into an email: links removed and the characters
// that mean something in the template's formatting escaped with a backslash.

const LINK = /(?:https?:\/\/|www\.)[^\s()<>]+/gi;
const FORMATTING = /[\\`*_[\]()#>|~]/g;

export function sanitiseValue(value: string): string {
  return value.replace(LINK, "").replace(FORMATTING, (char) => `\\${char}`);
}

/**
 * Sanitises the named personalisation values (names match case-insensitively, like placeholders).
 * Returns the new values and, for each key that changed, both versions (the API echoes them).
 */
export function sanitisePersonalisation(
  personalisation: Record<string, unknown>,
  keys: readonly string[],
): { values: Record<string, unknown>; changed: Record<string, { sanitised: string; unsanitised: string }> } {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const values: Record<string, unknown> = { ...personalisation };
  const changed: Record<string, { sanitised: string; unsanitised: string }> = {};
  for (const [key, value] of Object.entries(personalisation)) {
    if (!wanted.has(key.toLowerCase()) || typeof value !== "string") continue;
    const sanitised = sanitiseValue(value);
    if (sanitised !== value) {
      values[key] = sanitised;
      changed[key] = { sanitised, unsanitised: value };
    }
  }
  return { values, changed };
}
