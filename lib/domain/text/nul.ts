// Text PostgreSQL can't store: the NUL character (U+0000), and a lone UTF-16 surrogate (JSON's
// "\ud800" without its pair), which is no character at all. Nobody types either; they arrive only
// in crafted requests, which the API refuses, naming the field, and forms drop NUL (a browser's
// form data is always well-formed, so it never has a lone surrogate).

const NUL = "\u0000";
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isUnstorable(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return text.includes(NUL) || LONE_SURROGATE.test(text);
}

/** Where in a parsed JSON value the first unstorable key or string is, as `personalisation.name`; null when there is none. */
export function findNul(value: unknown, path = ""): string | null {
  if (typeof value === "string") return isUnstorable(value) ? path || "request" : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const shown = key.replaceAll(NUL, "\\u0000").replace(LONE_SURROGATE, "\uFFFD");
      const name = path ? `${path}.${shown}` : shown;
      if (isUnstorable(key)) return name;
      const found = findNul(item, name);
      if (found) return found;
    }
  }
  return null;
}

/** Notify-style message for a field with a NUL or a lone surrogate. */
export function nulMessage(field: string): string {
  return `${field} must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)`;
}

export function withoutNul(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, "") : text;
}
