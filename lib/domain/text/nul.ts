// NUL (U+0000) is the one character PostgreSQL can't store in text. Nobody types it; it arrives only
// in crafted requests, which the API refuses, naming the field, and forms drop.

const NUL = "\u0000";

/** Where in a parsed JSON value the first NUL is (a key or a string value), as `personalisation.name`; null when there is none. */
export function findNul(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes(NUL) ? path || "request" : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const name = path ? `${path}.${key.replaceAll(NUL, "\\u0000")}` : key.replaceAll(NUL, "\\u0000");
      if (key.includes(NUL)) return name;
      const found = findNul(item, name);
      if (found) return found;
    }
  }
  return null;
}

/** Notify-style message for a field with a NUL. */
export function nulMessage(field: string): string {
  return `${field} must not contain the NUL character (\\u0000)`;
}

export function withoutNul(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, "") : text;
}
