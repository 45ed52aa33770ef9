// Notify's `sanitise_content_for`: personalisation values a service doesn't trust (free text typed
// by the public) are made inert before they go into an email. As GOV.UK Notify does it: every web
// address is removed, except one that is only a bare domain (letters, digits, dots and hyphens, like
// "example.com"), which could be someone's accidental text and is broken up instead ("example. com");
// then every character that means something in Markdown is escaped with a backslash, hyphens and
// full stops included (the Python client's test expects "\-").

/**
 * A web address as Notify finds one: an optional http(s)://, one or more labels each followed by a
 * dot, a top-level domain of 2–63 letters, then an optional path, query or fragment. Not straight
 * after "@" or "." (the end of an email address), nor followed by "@" (its start).
 */
const WEB_ADDRESS = /(?<![@.\p{L}\p{N}_])(?:https?:\/\/)?(?:[\p{L}\p{N}_-]+\.)+\p{L}{2,63}(?![@\p{L}\p{N}_])(?:[/?#][^<\s]*)?/giu;
const BARE_DOMAIN = /^[A-Za-z0-9.-]+$/;
const MARKDOWN = /[`*_()\\{}[\]<>#+\-.!|]/g;

export function sanitiseValue(value: string): string {
  const withoutLinks = value.replace(WEB_ADDRESS, (address) => (BARE_DOMAIN.test(address) ? address.replaceAll(".", ". ") : ""));
  return withoutLinks.replace(MARKDOWN, (char) => `\\${char}`);
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
